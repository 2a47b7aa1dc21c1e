/**
 * The analysis step's I/O: read the inputs the pure evidence functions need from the store, and
 * write their results (findings, flags) back with the events that support them. Derived tables
 * are rebuilt whole each time, so they always match the sources present.
 */
import type { Finding, Flag } from '../../../shared/api';
import type { Platform, Provenance } from '../../../shared/domain';
import type { Db } from '../store/db';

/** A login as the access analysis needs it; the IP's enrichment is looked up again from the datasets. */
export interface LoginInput {
  eventId: number;
  time: string;
  ip: string;
  deviceId: number | null;
  platform: Platform;
  provenance: Provenance;
}

export interface SecurityInput {
  eventId: number;
  time: string;
  ts: number;
  kind: 'password_change' | 'logout' | 'security';
  platform: Platform;
  provenance: Provenance;
}

// Seconds, as every summary and the analyze document (docs/analyze-json.md).
const iso = (ts: number) => `${new Date(ts).toISOString().slice(0, 19)}Z`;

export function loadLogins(db: Db): LoginInput[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.ts, e.platform, e.device_id, e.pointer, m.path AS member, s.sha256, i.address
       FROM events e JOIN ips i ON i.id = e.ip_id JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       WHERE e.kind = 'login' ORDER BY e.ts, e.id`,
    )
    .all() as { id: number; ts: number; platform: Platform; device_id: number | null; pointer: string; member: string; sha256: string; address: string }[];
  return rows.map((r) => ({
    eventId: r.id, time: iso(r.ts), ip: r.address, deviceId: r.device_id, platform: r.platform,
    provenance: { sourceSha256: r.sha256, member: r.member, pointer: r.pointer },
  }));
}

export function loadSecurity(db: Db): SecurityInput[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.ts, e.kind, e.platform, e.pointer, m.path AS member, s.sha256
       FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       WHERE e.kind IN ('password_change', 'logout', 'security') ORDER BY e.ts, e.id`,
    )
    .all() as { id: number; ts: number; kind: SecurityInput['kind']; platform: Platform; pointer: string; member: string; sha256: string }[];
  return rows.map((r) => ({
    eventId: r.id, time: iso(r.ts), ts: r.ts, kind: r.kind, platform: r.platform,
    provenance: { sourceSha256: r.sha256, member: r.member, pointer: r.pointer },
  }));
}

export function writeDerived(db: Db, flags: readonly Flag[], findings: readonly Finding[]): void {
  db.exec(`DELETE FROM flag_events; DELETE FROM flags; DELETE FROM finding_events; DELETE FROM findings; UPDATE events SET flagged = 0 WHERE flagged = 1;`);
  const ms = (t: string | null) => (t === null ? null : Date.parse(t));
  const insFlag = db.prepare(`INSERT INTO flags (id, kind, severity, title, explanation, first_ts, last_ts, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insFlagEvent = db.prepare(`INSERT OR IGNORE INTO flag_events (flag_id, event_id) VALUES (?, ?)`);
  const mark = db.prepare(`UPDATE events SET flagged = 1 WHERE id = ?`);
  flags.forEach((f, ord) => {
    insFlag.run(f.id, f.kind, f.severity, f.title, f.explanation, ms(f.first), ms(f.last), ord);
    for (const id of f.eventIds) {
      insFlagEvent.run(f.id, id);
      mark.run(id);
    }
  });
  const insFinding = db.prepare(`INSERT INTO findings (id, kind, grade, statement, count, first_ts, last_ts, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insFindingEvent = db.prepare(`INSERT OR IGNORE INTO finding_events (finding_id, event_id) VALUES (?, ?)`);
  findings.forEach((f, ord) => {
    insFinding.run(f.id, f.kind, f.grade, f.statement, f.count, ms(f.first), ms(f.last), ord);
    for (const id of f.eventIds) insFindingEvent.run(f.id, id);
  });
}
