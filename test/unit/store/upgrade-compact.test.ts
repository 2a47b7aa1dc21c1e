/**
 * A profile written by schema 10 (TikTok, Google and X imported by the build before compact
 * events; test/fixtures/profiles/README.md) upgraded by opening it: every event reads back as
 * it did — raw record, citation, time text, URLs, search hits — its findings are rebuilt as link
 * groups citing the same events, and a new import into it is stored compact beside the old rows.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDb, schemaVersion } from '../../../electron/core/store/db';
import { eventRecord, sourceRecords } from '../../../electron/core/store/event-records';
import { eventDetail, prettyRaw } from '../../../electron/core/store/queries/timeline';
import { listFindings } from '../../../electron/core/store/queries/where';
import { SCHEMA_VERSION } from '../../../electron/core/store/schema';
import { writeTikTokZip } from '../../fixtures/generators/tiktok';
import { importInto, realEvidence } from '../../integration/helpers';

const FIXTURE = join(__dirname, '../../fixtures/profiles/schema10.db.gz');
const WORDS = ['video', 'login', 'search', 'tiktok', 'google'];

interface Before {
  id: number; raw: string; pointer: string; member: string; time_text: string; urls: string[];
}

function readBefore(path: string) {
  const old = new Database(path);
  expect(old.pragma('user_version', { simple: true })).toBe(10);
  const events = old.prepare(`SELECT e.id, e.raw, e.pointer, m.path AS member, e.time_text FROM events e JOIN members m ON m.id = e.member_id ORDER BY e.id`)
    .all() as Omit<Before, 'urls'>[];
  const urls = old.prepare(`SELECT url FROM urls WHERE event_id = ? ORDER BY id`).pluck();
  const before: Before[] = events.map((e) => ({ ...e, urls: urls.all(e.id) as string[] }));
  const links = new Map<string, number[]>();
  for (const r of old.prepare(`SELECT x.finding_id AS f, x.event_id AS e FROM finding_events x JOIN events e ON e.id = x.event_id ORDER BY e.ts, e.id`).all() as { f: string; e: number }[]) {
    links.set(r.f, [...(links.get(r.f) ?? []), r.e]);
  }
  const hits = WORDS.map((w) => old.prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid`).pluck().all(w));
  old.close();
  return { before, links, hits };
}

describe('upgrading a schema-10 profile to compact events', () => {
  it('reads every old event as before, rebuilds its findings as link groups, and stores new imports compact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-upgrade-'));
    const path = join(dir, 'p.db');
    writeFileSync(path, gunzipSync(readFileSync(FIXTURE)));
    const { before, links, hits } = readBefore(path);
    expect(before.length).toBeGreaterThan(400);
    expect(links.size).toBeGreaterThan(0);

    const db = openDb(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    for (const b of before) {
      const d = eventDetail(db, b.id)!;
      expect([d.raw, d.citation.pointer, d.citation.member, d.timeText, d.urls.map((u) => u.url)], `event ${b.id}`)
        .toEqual([prettyRaw(b.raw), b.pointer, b.member, b.time_text, b.urls]);
      expect(eventRecord(db, b.id)).toEqual({ id: b.id, raw: b.raw, pointer: b.pointer, member: b.member, urls: b.urls });
    }
    expect(WORDS.map((w) => db.prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid`).pluck().all(w))).toEqual(hits);

    // Migration 12 marks the findings stale; the next analysis stores link findings as groups.
    expect(realEvidence().analyseIfStale(db)).toBe(true);
    const findings = listFindings(db);
    const linked = findings.filter((f) => f.kind === 'host-location' || f.kind === 'path-location');
    expect(linked.length).toBeGreaterThan(0);
    expect(db.prepare(`SELECT count(*) FROM findings WHERE link_by IS NOT NULL`).pluck().get()).toBe(linked.length);
    expect(db.prepare(`SELECT count(*) FROM finding_events x JOIN findings f ON f.id = x.finding_id WHERE f.link_by IS NOT NULL`).pluck().get()).toBe(0);
    for (const f of findings) expect(f.eventIds, f.id).toEqual(links.get(f.id) ?? []);
    expect(findings.map((f) => f.id).sort()).toEqual([...links.keys()].sort());

    // A new import lands compact beside the old rows, and reads back whole.
    const zip = join(dir, 'tt.zip');
    await writeTikTokZip(zip, { variant: 'json-2026', seed: 11 });
    const outcome = await importInto(db, [zip]);
    expect(outcome.status, outcome.message ?? '').toBe('imported');
    const sourceId = outcome.sourceIds[0]!;
    expect(db.prepare(`SELECT count(*) FROM raw_blocks WHERE source_id = ?`).pluck().get(sourceId)).toBeGreaterThan(0);
    expect(db.prepare(`SELECT count(*) FROM events WHERE source_id = ? AND raw = ''`).pluck().get(sourceId))
      .toBe(db.prepare(`SELECT count(*) FROM events WHERE source_id = ?`).pluck().get(sourceId));
    for (const r of sourceRecords(db, sourceId)) {
      expect(r.raw.length).toBeGreaterThan(0);
      expect(r.pointer.startsWith('/')).toBe(true);
    }
    for (const b of before.slice(0, 50)) expect(eventRecord(db, b.id)!.raw).toBe(b.raw);
    db.close();
  }, 60_000);
});
