/**
 * Test harness: opens a real archive with the real archive layer (openArchive), recognises it
 * with the TikTok importers and runs the winning import, collecting records, problems and the
 * members marked parsed. Also summarises records in the shape of the generator's ExpectedCounts.
 */
import { openArchive } from '../../../../electron/core/archive/open';
import type { ArchiveReader } from '../../../../electron/core/archive/types';
import { tiktokImporters } from '../../../../electron/core/importers/tiktok';
import type { ImportContext, Importer, KnownFile, Recognition } from '../../../../electron/core/importers/types';
import type { ImportRecord } from '../../../../shared/records';
import type { ExpectedCounts } from '../../../fixtures/generators/tiktok';

export interface ImportRun {
  reader: ArchiveReader;
  importer: Importer;
  recognition: Recognition;
  records: ImportRecord[];
  problems: { member: string; message: string }[];
  parsed: string[];
}

export async function recogniseBest(reader: ArchiveReader, importers: Importer[] = tiktokImporters): Promise<{ importer: Importer; recognition: Recognition } | null> {
  let best: { importer: Importer; recognition: Recognition } | null = null;
  for (const importer of importers) {
    const recognition = await importer.recognise(reader.inventory, (p, n) => reader.peek(p, n));
    if (recognition && (!best || recognition.confidence > best.recognition.confidence)) best = { importer, recognition };
  }
  return best;
}

export function contextFor(reader: ArchiveReader, format: string, sink: Pick<ImportRun, 'problems' | 'parsed'>): ImportContext {
  return {
    inventory: reader.inventory,
    format,
    open: (path) => reader.open(path),
    problem: (member, message) => sink.problems.push({ member, message }),
    parsed: (member) => sink.parsed.push(member),
    signal: new AbortController().signal,
  };
}

/** Opens `paths`, recognises, imports. The caller closes `run.reader`. */
export async function runImport(paths: string[], importer?: Importer): Promise<ImportRun> {
  const reader = await openArchive(paths);
  try {
    const best = await recogniseBest(reader, importer ? [importer] : tiktokImporters);
    if (!best) throw new Error('no TikTok importer recognised the archive');
    const run: ImportRun = { reader, ...best, records: [], problems: [], parsed: [] };
    for await (const record of best.importer.import(contextFor(reader, best.recognition.format, run))) run.records.push(record);
    return run;
  } catch (err) {
    await reader.close();
    throw err;
  }
}

/** Runs an import and returns the error it throws (or fails the test if none). */
export async function importError(paths: string[], importer?: Importer): Promise<Error> {
  const reader = await openArchive(paths);
  try {
    const best = await recogniseBest(reader, importer ? [importer] : tiktokImporters);
    if (!best) throw new Error('no TikTok importer recognised the archive');
    const sink = { problems: [], parsed: [] };
    for await (const _ of best.importer.import(contextFor(reader, best.recognition.format, sink))) { /* drain */ }
  } catch (err) {
    return err as Error;
  } finally {
    await reader.close();
  }
  throw new Error('expected the import to fail');
}

export type Summary = Omit<ExpectedCounts, 'variant' | 'sections'>;

/** The importer's output counted the way ExpectedCounts counts the generator's model. */
export function summarise(records: readonly ImportRecord[]): Summary {
  const byKind: Summary['byKind'] = {};
  const byFact: Summary['byFact'] = {};
  const hosts: Record<string, number> = {};
  const ips = new Set<string>();
  const devices = new Set<string>();
  const counterparts = new Set<string>();
  const times: string[] = [];
  let events = 0;
  let facts = 0;
  for (const r of records) {
    for (const url of r.urls ?? []) {
      const host = new URL(url).hostname;
      hosts[host] = (hosts[host] ?? 0) + 1;
    }
    if (r.type === 'fact') {
      facts++;
      byFact[r.fact] = (byFact[r.fact] ?? 0) + 1;
      continue;
    }
    events++;
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    if (r.ip) ips.add(r.ip);
    if (r.device && (r.device.model || r.device.system)) devices.add(`${r.device.model ?? ''}|${r.device.system ?? ''}`);
    if (r.kind === 'message' && r.counterpart) counterparts.add(r.counterpart);
    if (r.time.utc) times.push(r.time.utc);
  }
  times.sort();
  return {
    events, facts, byKind, byFact,
    logins: byKind.login ?? 0,
    distinctIps: ips.size, ips: [...ips].sort(),
    distinctDevices: devices.size, devices: [...devices].sort(),
    firstEvent: times[0] ?? '', lastEvent: times[times.length - 1] ?? '',
    hosts,
    counterparts: [...counterparts],
  };
}

/** Whether a catalogue entry covers a member path (exact or path-boundary suffix; RegExp tested on the path). */
export function catalogueMatches(file: KnownFile, path: string): boolean {
  if (typeof file.name !== 'string') return file.name.test(path);
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
