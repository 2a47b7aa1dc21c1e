/** Builds the `analyze --json` document for some sources of a profile database. */
import { ANALYZE_SCHEMA_VERSION, type AnalyzeDocument, type AnalyzeImport } from '../../../shared/analyze';
import type { DatasetCredit } from '../../../shared/domain';
import type { Db } from '../store/db';
import { accessSummary } from '../store/queries/access';
import { listSources, sourceCoverage, statsSummary } from '../store/queries/sources';
import { whereSummary } from '../store/queries/where';
import { toSeconds } from '../store/queries/rows';
import { TOOL_NAME, VERSION } from '../version';

export function analyzeDocument(db: Db, sourceIds: number[], datasets: DatasetCredit[], imports: AnalyzeImport[]): AnalyzeDocument {
  const ids = sourceIds.length > 0 ? sourceIds : [-1];
  const sources = listSources(db).filter((s) => ids.includes(s.id));
  const stats = statsSummary(db, ids);
  const access = accessSummary(db, datasets, ids);
  const where = whereSummary(db, datasets, ids);
  return {
    schema: ANALYZE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    imports,
    sources: sources.map((s) => ({
      id: s.id, platform: s.platform, format: s.format, file: s.file, sha256: s.sha256, bytes: s.bytes, parts: s.parts,
      parserVersion: s.parserVersion, records: s.events + s.facts, events: s.events, facts: s.facts, coverage: sourceCoverage(db, s.id),
      synthetic: s.synthetic,
    })),
    span: { first: toSeconds(stats.first), last: toSeconds(stats.last) },
    events: { total: stats.total, byKind: stats.byKind },
    access: {
      logins: access.logins, ips: access.ips, devices: access.devices, deviceGroups: access.deviceGroups, countries: access.countries, networks: access.networks,
      apps: access.apps, advertisers: access.advertisers,
      offPlatform: access.offPlatform.map((o) => ({ ...o, source: o.name })),
    },
    // The published schema types owner as a string: a host no rule knows is owned by "unknown".
    hosts: where.hosts.map((h) => ({ ...h, owner: h.owner ?? 'unknown' })),
    findings: where.findings,
    flags: access.flags,
    datasets,
  };
}
