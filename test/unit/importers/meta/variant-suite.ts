/**
 * The end-to-end checks every generated Meta export variant must pass (Instagram and Facebook
 * alike): generate a seeded zip, open it with the real archive layer, recognise, import, and
 * compare with what the generator computed from its own model.
 */
import { beforeAll, expect, it } from 'vitest';
import type { KnownFile } from '../../../../electron/core/importers/types';
import type { EventRecord } from '../../../../shared/records';
import { repairMetaJson } from '../../../../shared/text-repair';
import type { MetaExpected } from '../../../fixtures/generators/meta-expected';
import { resolvePointer, runImport, type ImportRun } from '../harness';
import { META_IMPORTERS, summarise } from './summarise';

/**
 * Whether a catalogue entry covers a member path. Meta matches bare file names case-insensitively
 * (meta/members.ts), so this is looser than the harness's catalogueMatches for those names.
 */
function catalogueMatches(file: KnownFile, path: string): boolean {
  if (typeof file.name !== 'string') return file.name.test(path);
  if (!file.name.includes('/')) return path.toLowerCase() === file.name.toLowerCase() || path.toLowerCase().endsWith(`/${file.name.toLowerCase()}`);
  return path === file.name || path.endsWith(`/${file.name}`);
}

export interface VariantCase {
  files: readonly { path: string; content: string | Buffer }[];
  expected: MetaExpected;
  /** Writes the variant's zip (wrapped in one top folder, as Meta's downloads are). */
  write(zipPath: string): Promise<unknown>;
  /** JSON members the catalogue marks as known but not read. */
  ignored: RegExp;
  /** Ledger gaps the unmodified fixture must report (none unless a variant says so). */
  expectedGaps?: readonly { member: string; kind: 'key' | 'item'; what: string; count: number; example: string }[];
}

export function variantSuite(c: VariantCase, zipPath: () => string): void {
  let run: ImportRun;
  beforeAll(async () => {
    await c.write(zipPath());
    run = await runImport([zipPath()], META_IMPORTERS);
  });

  it('is recognised with the right format and high confidence', () => {
    expect(run.recognition.format).toBe(c.expected.format);
    expect(run.recognition.confidence).toBeGreaterThanOrEqual(0.9);
    expect(run.inventory.strippedFolder).toBeTruthy();
  });

  it('yields exactly the events and facts the generator wrote', () => {
    const { variant: _v, format: _f, ...want } = c.expected;
    expect(summarise(run.records)).toEqual(want);
  });

  it('reports no problems and marks every read member parsed', () => {
    expect(run.problems).toEqual([]);
    const read = c.files.filter((f) => f.path.endsWith('.json') && !c.ignored.test(f.path)).map((f) => f.path);
    expect([...run.parsed].sort()).toEqual(read.sort());
  });

  it('the ledger: every item found became a record, and no key with data is left unread', () => {
    const gaps = run.ledger.members().flatMap((member) => run.ledger.gapsOf(member).map((g) => ({ member, ...g })));
    expect(gaps).toEqual(c.expectedGaps ?? []);
    // Every member read found items, and no more items than it gave records (a fact with an event gives two).
    for (const member of run.parsed) {
      const records = run.records.filter((r) => r.member === member).length;
      const found = run.ledger.items.get(member) ?? 0;
      expect(found, member).toBeGreaterThan(0);
      expect(found, member).toBeLessThanOrEqual(records);
    }
  });

  it('every event has a readable UTC time', () => {
    const unreadable = run.records.filter((r): r is EventRecord => r.type === 'event' && r.time.utc === null);
    expect(unreadable).toEqual([]);
  });

  it('every pointer resolves in the member as written; raw is that value, text-repaired', () => {
    const docs = new Map<string, unknown>();
    for (const record of run.records) {
      let doc = docs.get(record.member);
      if (doc === undefined) {
        const file = c.files.find((f) => f.path === record.member);
        expect(file, record.member).toBeDefined();
        doc = JSON.parse(String(file?.content));
        docs.set(record.member, doc);
      }
      expect(record.pointer).toMatch(/^\//);
      const at = resolvePointer(doc, record.pointer);
      expect(at, `${record.member}#${record.pointer}`).not.toBeUndefined();
      expect(repairMetaJson(at)).toEqual(record.raw);
    }
  });

  it('the catalogue accounts for every member, and every expected file is there', () => {
    const catalogue = run.importer.catalogue(run.recognition.format);
    for (const entry of run.inventory.entries) {
      expect(catalogue.some((f) => catalogueMatches(f, entry.path)), entry.path).toBe(true);
    }
    const expectedFiles = catalogue.filter((f) => f.expected);
    expect(expectedFiles.length).toBeGreaterThan(0);
    for (const file of expectedFiles) {
      expect(run.inventory.entries.some((e) => catalogueMatches(file, e.path)), String(file.name)).toBe(true);
    }
    const media = run.inventory.entries.filter((e) => e.path.endsWith('.jpg'));
    expect(media.length).toBeGreaterThan(0);
    for (const e of media) {
      expect(catalogue.find((f) => catalogueMatches(f, e.path))).toMatchObject({ status: 'ignored', reason: 'media file, not analysed' });
    }
  });
}
