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
import { derive, linkEventIds } from '../analysis/derive';
import type { EvidenceKit } from '../evidence/load';
import type { Db } from '../store/db';
import { iso } from '../store/queries/rows';
import { addressesOfEvents } from '../store/queries/claim-records';
import { listSources } from '../store/queries/sources';
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

/** The same derivation the import's analysis step runs (analysis/derive.ts), restricted to the given sources. */
export function scopedDerived(db: Db, kit: EvidenceKit, sourceIds: readonly number[]): { findings: Finding[]; flags: Flag[] } {
  const d = derive(db, kit, sourceIds);
  const ids = new Map(d.links.map((l) => [l.finding.id, linkEventIds(db, l)]));
  // Stored rows come back as whole-second ISO strings (store/queries/rows.ts iso); match them.
  const same = <T extends { first: string | null; last: string | null }>(x: T): T => ({ ...x, first: normalIso(x.first), last: normalIso(x.last) });
  return {
    findings: d.findings.map((f) => same({ ...f, eventIds: ids.get(f.id) ?? f.eventIds })),
    flags: d.flags.map(same),
  };
}

function normalIso(t: string | null): string | null {
  return t === null ? null : iso(Date.parse(t));
}

/** IP addresses behind flagged sign-ins. */
function flaggedAddresses(db: Db, flags: readonly Flag[]): Set<string> {
  return addressesOfEvents(db, new Set(flags.flatMap((f) => f.eventIds)));
}

/** The analyze document for these sources, with findings and flags computed over them alone. */
export function scopeDocument(ctx: ScopeContext, sourceIds: readonly number[]): AnalyzeDocument {
  const doc = analyzeDocument(ctx.db, [...sourceIds], ctx.datasets, []);
  if (coversWholeProfile(ctx.db, sourceIds)) return doc;
  const { findings, flags } = scopedDerived(ctx.db, ctx.kit(), sourceIds);
  const flagged = flaggedAddresses(ctx.db, flags);
  return { ...doc, findings, flags, access: { ...doc.access, ips: doc.access.ips.map((ip) => ({ ...ip, flagged: flagged.has(ip.ip) })) } };
}
