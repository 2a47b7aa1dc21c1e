/**
 * The analysis for exactly the archives a report covers. Findings and flags in the store are
 * computed over the whole profile; when a report covers only some of its sources, they are
 * recomputed here over those sources alone (the same evidence functions the import's analysis
 * step runs, see analysis/evidence.ts), so a report never counts records from other exports —
 * and `verify`, which imports only the report's archives, gets the same numbers.
 */
import type { AnalyzeDocument } from '../../../shared/analyze';
import type { Finding, Flag } from '../../../shared/api';
import type { DatasetCredit } from '../../../shared/domain';
import { iterateUrls, loadLogins, loadSecurity } from '../analysis/store-io';
import { analyseAccess } from '../evidence/access-analysis';
import type { LoginRecord, SecurityEvent } from '../evidence/access-types';
import { buildFindings, type LinkOccurrence } from '../evidence/findings';
import type { EvidenceKit } from '../evidence/load';
import { LINKS } from '../evidence/wording';
import type { Db } from '../store/db';
import { iso } from '../store/queries/rows';
import { listSources } from '../store/queries/sources';
import { hostOf } from '../store/urls';
import { analyzeDocument } from './analyze-json';

export interface ScopeContext {
  db: Db;
  datasets: DatasetCredit[];
  /** The evidence kit, loaded only when a subset of the profile has to be re-analysed. */
  kit(): EvidenceKit;
}

export function coversWholeProfile(db: Db, sourceIds: readonly number[]): boolean {
  const all = listSources(db).map((s) => s.id);
  return all.length === sourceIds.length && all.every((id) => sourceIds.includes(id));
}

/** Mirrors analysis/evidence.ts `analyse`, restricted to the given sources' records. */
export function scopedDerived(db: Db, kit: EvidenceKit, sourceIds: readonly number[]): { findings: Finding[]; flags: Flag[] } {
  const shas = new Set(listSources(db).filter((s) => sourceIds.includes(s.id)).map((s) => s.sha256));
  const logins: LoginRecord[] = loadLogins(db).filter((l) => shas.has(l.provenance.sourceSha256)).map((l) => ({
    eventId: l.eventId, time: l.time, ip: l.ip, info: kit.ip.lookup(l.ip),
    deviceKey: l.deviceId === null ? null : String(l.deviceId), platform: l.platform, provenance: l.provenance,
  }));
  const security: SecurityEvent[] = loadSecurity(db).filter((s) => shas.has(s.provenance.sourceSha256))
    .map((s) => ({ eventId: s.eventId, time: s.time, kind: s.kind, provenance: s.provenance }));
  const access = analyseAccess(logins, security, { distance: kit.distance });
  const links: LinkOccurrence[] = [];
  for (const u of iterateUrls(db)) {
    if (!shas.has(u.provenance.sourceSha256) || hostOf(u.url) === null) continue;
    const c = kit.hosts.classifyUrl(u.url);
    links.push({ eventId: u.eventId, time: new Date(u.ts).toISOString(), provenance: u.provenance, host: c.host, path: c.path });
  }
  // Stored rows come back as whole-second ISO strings (store/queries/rows.ts iso); match them.
  const same = <T extends { first: string | null; last: string | null }>(x: T): T => ({ ...x, first: normalIso(x.first), last: normalIso(x.last) });
  return { findings: buildFindings({ links, logins, noun: LINKS }).map(same), flags: access.flags.map(same) };
}

function normalIso(t: string | null): string | null {
  return t === null ? null : iso(Date.parse(t));
}

/** IP addresses behind flagged sign-ins. */
function flaggedAddresses(db: Db, flags: readonly Flag[]): Set<string> {
  const ids = [...new Set(flags.flatMap((f) => f.eventIds))];
  const out = new Set<string>();
  const stmt = db.prepare(`SELECT i.address FROM events e JOIN ips i ON i.id = e.ip_id WHERE e.id = ?`);
  for (const id of ids) {
    const r = stmt.get(id) as { address: string } | undefined;
    if (r) out.add(r.address);
  }
  return out;
}

/** The analyze document for these sources, with findings and flags computed over them alone. */
export function scopeDocument(ctx: ScopeContext, sourceIds: readonly number[]): AnalyzeDocument {
  const doc = analyzeDocument(ctx.db, [...sourceIds], ctx.datasets, []);
  if (coversWholeProfile(ctx.db, sourceIds)) return doc;
  const { findings, flags } = scopedDerived(ctx.db, ctx.kit(), sourceIds);
  const flagged = flaggedAddresses(ctx.db, flags);
  return { ...doc, findings, flags, access: { ...doc.access, ips: doc.access.ips.map((ip) => ({ ...ip, flagged: flagged.has(ip.ip) })) } };
}
