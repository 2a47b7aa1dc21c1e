/**
 * Test harness for the Meta importers: opens a real archive with the real archive layer
 * (openArchive), recognises it, runs the import, and summarises the records the way the
 * generators' MetaExpected counts the model.
 */
import { openArchive } from '../../../../electron/core/archive/open';
import type { ArchiveReader } from '../../../../electron/core/archive/types';
import { facebookImporters } from '../../../../electron/core/importers/facebook';
import { instagramImporters } from '../../../../electron/core/importers/instagram';
import type { ImportContext, Importer, KnownFile, Recognition } from '../../../../electron/core/importers/types';
import type { ImportRecord } from '../../../../shared/records';
import { deviceLabel, isoSeconds, type MetaSummary } from '../../../fixtures/generators/meta-expected';

export const META_IMPORTERS: Importer[] = [...instagramImporters, ...facebookImporters];

export interface ImportRun {
  reader: ArchiveReader;
  importer: Importer;
  recognition: Recognition;
  records: ImportRecord[];
  problems: { member: string; message: string }[];
  parsed: string[];
}

export async function recogniseBest(reader: ArchiveReader, importers: Importer[] = META_IMPORTERS): Promise<{ importer: Importer; recognition: Recognition } | null> {
  let best: { importer: Importer; recognition: Recognition } | null = null;
  for (const importer of importers) {
    const recognition = await importer.recognise(reader.inventory, (p, n) => reader.peek(p, n));
    if (recognition && (!best || recognition.confidence > best.recognition.confidence)) best = { importer, recognition };
  }
  return best;
}

export function contextFor(reader: ArchiveReader, format: string, sink: Pick<ImportRun, 'problems' | 'parsed'>, signal = new AbortController().signal): ImportContext {
  return {
    inventory: reader.inventory,
    format,
    open: (path) => reader.open(path),
    problem: (member, message) => sink.problems.push({ member, message }),
    parsed: (member) => sink.parsed.push(member),
    signal,
  };
}

/** Opens `paths`, recognises, imports. The caller closes `run.reader`. */
export async function runImport(paths: string[], importers: Importer[] = META_IMPORTERS): Promise<ImportRun> {
  const reader = await openArchive(paths);
  try {
    const best = await recogniseBest(reader, importers);
    if (!best) throw new Error('no Meta importer recognised the archive');
    const run: ImportRun = { reader, ...best, records: [], problems: [], parsed: [] };
    for await (const record of best.importer.import(contextFor(reader, best.recognition.format, run))) run.records.push(record);
    return run;
  } catch (err) {
    await reader.close();
    throw err;
  }
}

/** Runs an import and returns the error it throws, with what was reported before it. */
export async function importError(paths: string[]): Promise<{ error: Error; problems: ImportRun['problems']; records: ImportRecord[] }> {
  const reader = await openArchive(paths);
  const sink = { problems: [] as ImportRun['problems'], parsed: [] as string[] };
  const records: ImportRecord[] = [];
  try {
    const best = await recogniseBest(reader);
    if (!best) throw new Error('no Meta importer recognised the archive');
    for await (const r of best.importer.import(contextFor(reader, best.recognition.format, sink))) records.push(r);
  } catch (err) {
    return { error: err as Error, problems: sink.problems, records };
  } finally {
    await reader.close();
  }
  throw new Error('expected the import to fail');
}

/** The importer's output counted the way MetaExpected counts the generator's model. */
export function summarise(records: readonly ImportRecord[]): MetaSummary {
  const byKind: MetaSummary['byKind'] = {};
  const byFact: MetaSummary['byFact'] = {};
  const hosts: Record<string, number> = {};
  const ips = new Set<string>();
  const devices = new Set<string>();
  const advertisers = new Set<string>();
  const offSources = new Set<string>();
  const counterparts = new Set<string>();
  const times: number[] = [];
  let events = 0;
  let facts = 0;
  let offEvents = 0;
  let geo = 0;
  for (const r of records) {
    for (const url of r.urls ?? []) {
      const host = new URL(url).hostname;
      hosts[host] = (hosts[host] ?? 0) + 1;
    }
    if (r.device) devices.add(deviceLabel(r.device));
    if (r.type === 'fact') {
      facts++;
      byFact[r.fact] = (byFact[r.fact] ?? 0) + 1;
      if (r.fact === 'advertiser') advertisers.add(r.name);
      if (r.fact === 'off_platform') offSources.add(r.name);
      continue;
    }
    events++;
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    if (r.ip) ips.add(r.ip);
    if (r.kind === 'message' && r.counterpart) counterparts.add(r.counterpart);
    if (r.offPlatform) {
      offSources.add(r.offPlatform.source);
      offEvents++;
    }
    if (r.geo) geo++;
    if (r.time.utc) times.push(Date.parse(r.time.utc));
  }
  return {
    events, facts, byKind, byFact,
    logins: byKind.login ?? 0,
    distinctIps: ips.size, ips: [...ips].sort(),
    devices: [...devices].sort(),
    advertisers: [...advertisers].sort(),
    offPlatform: { sources: [...offSources].sort(), events: offEvents },
    firstEvent: times.length > 0 ? isoSeconds(Math.min(...times)) : '',
    lastEvent: times.length > 0 ? isoSeconds(Math.max(...times)) : '',
    hosts,
    counterparts: [...counterparts].sort(),
    geo,
  };
}

/** Whether a catalogue entry covers a member path (exact or path-boundary suffix; RegExp on the path). */
export function catalogueMatches(file: KnownFile, path: string): boolean {
  if (typeof file.name !== 'string') return file.name.test(path);
  if (!file.name.includes('/')) return path.toLowerCase() === file.name.toLowerCase() || path.toLowerCase().endsWith(`/${file.name.toLowerCase()}`);
  return path === file.name || path.endsWith(`/${file.name}`);
}

/** RFC 6901 resolution on a parsed document (test-only; the importer never parses whole). */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (node !== null && typeof node === 'object') node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}
