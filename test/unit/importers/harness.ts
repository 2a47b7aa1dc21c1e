/**
 * The importer tests' harness, for every platform: open real exports with the real archive layer
 * (openArchive), choose the importer the way the app does (registry.ts chooseImporter), run the
 * import collecting records, problems and parsed members, and count the records the way the
 * generators count their models (fixtures/generators/expected.ts). Each platform adds only how it
 * counts its own fields (<platform>/summarise.ts).
 */
import { openArchive } from '../../../electron/core/archive/open';
import type { ArchiveReader, Inventory } from '../../../electron/core/archive/types';
import { computeCoverage, matchesKnown, type MemberOutcome } from '../../../electron/core/import/coverage';
import { chooseImporter } from '../../../electron/core/importers/registry';
import type { ImportContext, Importer, KnownFile, Recognition } from '../../../electron/core/importers/types';
import type { ImportRecord } from '../../../shared/records';
import { LedgerBook } from '../../../electron/core/importers/common/unread';
import { tally, tallyCounts, tallyHost, type BaseCounts } from '../../fixtures/generators/expected';

/** What an importer reports besides its records. */
export interface Reports {
  problems: { member: string; message: string }[];
  parsed: string[];
  /** What each member held that did not become records (items found, dropped items, unread keys). */
  ledger: LedgerBook;
}

/** Everything an import gave, collected as it went. */
export interface Collected extends Reports {
  records: ImportRecord[];
}

export interface ImportRun extends Collected {
  /** The export's inventory; the archive itself is closed once the run is returned. */
  inventory: Inventory;
  importer: Importer;
  recognition: Recognition;
}

/** An ImportContext on `reader` that collects what the importer reports into `sink`. */
export function contextFor(reader: ArchiveReader, format: string, sink: Reports): ImportContext {
  return {
    inventory: reader.inventory,
    format,
    open: (path) => reader.open(path),
    problem: (member, message) => sink.problems.push({ member, message }),
    parsed: (member) => sink.parsed.push(member),
    ledger: sink.ledger,
    signal: new AbortController().signal,
  };
}

/**
 * Opens `paths`, lets the most confident of `importers` import them (as the app chooses), and
 * closes the archive again. What the import gave is collected into `into`, so a caller that
 * expects a failure still sees what came before it.
 */
export async function runImport(paths: string[], importers: readonly Importer[], into: Collected = { records: [], problems: [], parsed: [], ledger: new LedgerBook() }): Promise<ImportRun> {
  const reader = await openArchive(paths);
  try {
    const choice = await chooseImporter(reader.inventory, (p, n) => reader.peek(p, n), importers);
    if (!choice) throw new Error(`no importer recognised ${paths.join(', ')}`);
    for await (const record of choice.importer.import(contextFor(reader, choice.recognition.format, into))) into.records.push(record);
    return { inventory: reader.inventory, ...choice, ...into };
  } finally {
    await reader.close();
  }
}

/** Runs an import that must fail; returns its error, with the problems and records reported before it. */
export async function importError(paths: string[], importers: readonly Importer[]): Promise<{ error: Error; problems: Reports['problems']; records: ImportRecord[] }> {
  const into: Collected = { records: [], problems: [], parsed: [], ledger: new LedgerBook() };
  try {
    await runImport(paths, importers, into);
  } catch (err) {
    return { error: err as Error, problems: into.problems, records: into.records };
  }
  throw new Error('expected the import to fail');
}

/** Coverage as the pipeline computes it, from a run. */
export function coverageOf(r: ImportRun): { outcomes: MemberOutcome[]; missing: { name: string; reason: string }[] } {
  const records = new Map<string, number>();
  for (const rec of r.records) records.set(rec.member, (records.get(rec.member) ?? 0) + 1);
  const problems = new Map<string, string[]>();
  for (const p of r.problems) problems.set(p.member, [...(problems.get(p.member) ?? []), p.message]);
  return computeCoverage({
    members: r.inventory.entries.map((e) => e.path),
    catalogue: r.importer.catalogue(r.recognition.format),
    parsed: new Set(r.parsed), records, problems,
  });
}

/** Whether a catalogue entry covers a member path, by the rule coverage uses (exact or path-boundary suffix; RegExp on the path). */
export function catalogueMatches(file: KnownFile, path: string): boolean {
  return matchesKnown(path, file.name);
}

/** RFC 6901 resolution on a parsed document (test-only; the importers never parse a member whole). */
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

/**
 * The counts every platform shares, from an importer's output: kinds, facts, logins, event IPs
 * and URL hosts. Devices and event times are counted by each platform's own rule.
 */
export function baseSummary(records: readonly ImportRecord[]): Omit<BaseCounts, 'devices' | 'firstEvent' | 'lastEvent'> {
  const byKind: BaseCounts['byKind'] = {};
  const byFact: BaseCounts['byFact'] = {};
  const hosts: BaseCounts['hosts'] = {};
  const ips: string[] = [];
  for (const r of records) {
    for (const url of r.urls ?? []) tallyHost(hosts, url);
    if (r.type === 'fact') {
      tally(byFact, r.fact);
    } else {
      tally(byKind, r.kind);
      if (r.ip) ips.push(r.ip);
    }
  }
  return { ...tallyCounts(byKind, byFact, ips), hosts };
}
