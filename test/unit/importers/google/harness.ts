/**
 * Test harness for the multi-file importers (Google Takeout, X; the X tests import it too):
 * open real zips with the real archive layer (openArchive), recognise with every registered
 * importer or a given one, run the import collecting records, problems and parsed members, and
 * summarise the records in the shape of the generators' ImportCounts.
 */
import { openArchive } from '../../../../electron/core/archive/open';
import type { ArchiveReader } from '../../../../electron/core/archive/types';
import { computeCoverage, type MemberOutcome } from '../../../../electron/core/import/coverage';
import type { Importer, Recognition } from '../../../../electron/core/importers/types';
import type { ImportRecord } from '../../../../shared/records';
import { deviceKeyOf, type ImportCounts } from '../../../fixtures/generators/google-expected';
import { contextFor, recogniseBest } from '../tiktok/run-import';

export interface Run {
  reader: ArchiveReader;
  importer: Importer;
  recognition: Recognition;
  records: ImportRecord[];
  problems: { member: string; message: string }[];
  parsed: string[];
}

/** Opens `paths`, recognises among `importers`, imports. Closes the reader before returning. */
export async function run(paths: string[], importers: Importer[]): Promise<Run> {
  const reader = await openArchive(paths);
  try {
    const best = await recogniseBest(reader, importers);
    if (!best) throw new Error(`no importer recognised ${paths.join(', ')}`);
    const out: Run = { reader, ...best, records: [], problems: [], parsed: [] };
    for await (const record of best.importer.import(contextFor(reader, best.recognition.format, out))) out.records.push(record);
    return out;
  } finally {
    await reader.close();
  }
}

/** Runs an import that must fail; returns the error. */
export async function runError(paths: string[], importers: Importer[]): Promise<Error> {
  try {
    await run(paths, importers);
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the import to fail');
}

/** The importer's output counted the way the generators count their models. */
export function summarise(records: readonly ImportRecord[]): ImportCounts {
  const byKind: ImportCounts['byKind'] = {};
  const byFact: ImportCounts['byFact'] = {};
  const hosts: Record<string, number> = {};
  const ips = new Set<string>();
  const devices = new Set<string>();
  const apps = new Set<string>();
  const advertisers = new Set<string>();
  const times: number[] = [];
  let events = 0;
  let facts = 0;
  let withGeo = 0;
  for (const r of records) {
    for (const url of r.urls ?? []) {
      const host = new URL(url).hostname;
      hosts[host] = (hosts[host] ?? 0) + 1;
    }
    const key = r.device ? deviceKeyOf(r.device) : null;
    if (key) devices.add(key);
    if (r.type === 'fact') {
      facts++;
      byFact[r.fact] = (byFact[r.fact] ?? 0) + 1;
      if (r.fact === 'app') apps.add(r.name);
      if (r.fact === 'advertiser') advertisers.add(r.name);
      continue;
    }
    events++;
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    if (r.ip) ips.add(r.ip);
    if (r.app) apps.add(r.app);
    if (r.advertiser) advertisers.add(r.advertiser);
    if (r.geo) withGeo++;
    if (r.time.utc) times.push(Date.parse(r.time.utc));
  }
  const ipList = [...ips].sort();
  return {
    events, facts, byKind, byFact, logins: byKind.login ?? 0, distinctIps: ipList.length, ips: ipList,
    devices: [...devices].sort(), apps: [...apps].sort(), advertisers: [...advertisers].sort(),
    firstEvent: times.length ? new Date(Math.min(...times)).toISOString() : '',
    lastEvent: times.length ? new Date(Math.max(...times)).toISOString() : '',
    hosts, withGeo,
  };
}

/** Coverage as the pipeline computes it, from a run. */
export function coverageOf(r: Run): { outcomes: MemberOutcome[]; missing: { name: string; reason: string }[] } {
  const records = new Map<string, number>();
  for (const rec of r.records) records.set(rec.member, (records.get(rec.member) ?? 0) + 1);
  const problems = new Map<string, string[]>();
  for (const p of r.problems) problems.set(p.member, [...(problems.get(p.member) ?? []), p.message]);
  return computeCoverage({
    members: r.reader.inventory.entries.map((e) => e.path),
    catalogue: r.importer.catalogue(r.recognition.format),
    parsed: new Set(r.parsed), records, problems,
  });
}

export { catalogueMatches, resolvePointer } from '../tiktok/run-import';
