/**
 * Builds the `analyze --json` document for some sources of a profile database: as one object
 * (analyzeDocument, for the report and tests) or written out piece by piece (writeAnalyzeJson,
 * for the CLI), which never holds a finding's events: a finding can cite every event of an
 * export, a million numbers and their rows. Both give the same text (JSON.stringify, 2 spaces).
 */
import { ANALYZE_SCHEMA_VERSION, type AnalyzeDocument, type AnalyzeImport } from '../../../shared/analyze';
import type { DatasetCredit } from '../../../shared/domain';
import type { Db } from '../store/db';
import { accessSummary } from '../store/queries/access';
import { listSources, sourceCoverage, statsSummary } from '../store/queries/sources';
import { listHosts, whereSummary } from '../store/queries/where';
import { findingCitations, findingEventIds, findingHeads } from '../store/queries/finding-stream';
import type { WhereSummary } from '../../../shared/api';
import { toSeconds } from '../store/queries/rows';
import { TOOL_NAME, VERSION } from '../version';

export function analyzeDocument(db: Db, sourceIds: number[], datasets: DatasetCredit[], imports: AnalyzeImport[]): AnalyzeDocument {
  const ids = sourceIds.length > 0 ? sourceIds : [-1];
  return documentWith(db, ids, datasets, imports, whereSummary(db, datasets, ids));
}

/**
 * The same document as `JSON.stringify(analyzeDocument(…), null, 2)`, handed to `write` in
 * pieces of about CHUNK_CHARS; each finding's event ids are read from SQLite one at a time.
 * Memory is the document without those ids: per entity (IPs, hosts, devices), not per event.
 */
export async function writeAnalyzeJson(
  db: Db, sourceIds: number[], datasets: DatasetCredit[], imports: AnalyzeImport[], write: (text: string) => void | Promise<void>,
): Promise<void> {
  const ids = sourceIds.length > 0 ? sourceIds : [-1];
  const doc = documentWith(db, ids, datasets, imports, { hosts: listHosts(db, ids), findings: [] });
  const out = new ChunkedWriter(write);
  const entries = (Object.entries(doc) as [string, unknown][]).filter(([, v]) => v !== undefined);
  out.put('{');
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    out.put(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (key === 'findings') await writeFindings(db, ids, out);
    else out.put(indent(JSON.stringify(value, null, 2), 1));
    await out.flush();
  }
  out.put('\n}');
  await out.flush();
}

/** The findings array at depth 1: each finding at depth 2, its event ids at depth 4. */
async function writeFindings(db: Db, ids: number[], out: ChunkedWriter): Promise<void> {
  const heads = findingHeads(db, ids);
  if (heads.length === 0) {
    out.put('[]');
    return;
  }
  out.put('[');
  for (let i = 0; i < heads.length; i++) {
    const full = heads[i]!;
    const { code, params, group: _group, ...head } = full;
    const evidence = findingCitations(db, full);
    // Key order as listFindings builds a finding: its fields, eventIds, evidence, code, params.
    const before = JSON.stringify(head, null, 2).slice(0, -2); // without the closing "\n}"
    out.put(`${i === 0 ? '' : ','}\n    ${indent(before, 2)},\n      "eventIds": `);
    let n = 0;
    for (const id of findingEventIds(db, full)) {
      out.put(`${n === 0 ? '[' : ','}\n        ${id}`);
      n++;
      if (out.full) await out.flush();
    }
    out.put(n === 0 ? '[]' : '\n      ]');
    const after = JSON.stringify({ evidence, code, params }, null, 2).slice(1); // without the opening "{"
    out.put(`,${indent(after, 2)}`);
    await out.flush();
  }
  out.put('\n  ]');
}

function indent(json: string, depth: number): string {
  // JSON.stringify writes line breaks only between tokens (inside strings they are escaped).
  return json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** Pieces the output writes are gathered to about this many characters per write. */
const CHUNK_CHARS = 64 * 1024;

class ChunkedWriter {
  private parts: string[] = [];
  private chars = 0;

  constructor(private readonly write: (text: string) => void | Promise<void>) {}

  put(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
  }

  get full(): boolean {
    return this.chars >= CHUNK_CHARS;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    await this.write(text);
  }
}

function documentWith(
  db: Db, ids: number[], datasets: DatasetCredit[], imports: AnalyzeImport[], where: Pick<WhereSummary, 'hosts' | 'findings'>,
): AnalyzeDocument {
  const sources = listSources(db).filter((s) => ids.includes(s.id));
  const stats = statsSummary(db, ids);
  const access = accessSummary(db, datasets, ids);
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
