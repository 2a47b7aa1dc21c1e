/**
 * End to end for every export variant: generate a seeded zip, open it with the real archive
 * layer, recognise, import, and compare with what the generator computed from its own model.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTikTokJsonImporter, tiktokImporters, type SectionReport } from '../../../../electron/core/importers/tiktok';
import type { EventRecord } from '../../../../shared/records';
import {
  generateTikTokExport, TIKTOK_VARIANTS, writeTikTokZip, type TikTokVariant,
} from '../../../fixtures/generators/tiktok';
import { catalogueMatches, resolvePointer, runImport, type ImportRun } from '../harness';
import { summarise } from './summarise';

const SEED = 7;
const FORMATS: Record<TikTokVariant, string> = {
  'json-2022': 'tiktok-json-2022', 'json-2023': 'tiktok-json-2023', 'json-2024': 'tiktok-json-2024',
  'json-2026': 'tiktok-json-2026', 'txt-2020': 'tiktok-txt-2020', 'txt-2023': 'tiktok-txt-2023',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-variants-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(TIKTOK_VARIANTS)('TikTok %s export', (variant) => {
  let run: ImportRun;
  let reports: SectionReport[];
  const generated = generateTikTokExport({ variant, seed: SEED });
  const { expected } = generated;

  beforeAll(async () => {
    const zip = join(dir, `TikTok_Data_${variant}.zip`);
    await writeTikTokZip(zip, { variant, seed: SEED });
    reports = [];
    const importer = variant.startsWith('json') ? createTikTokJsonImporter({ onSections: (r) => reports.push(r) }) : undefined;
    run = await runImport([zip], importer ? [importer] : tiktokImporters);
  });

  it('is recognised with the right format and high confidence', () => {
    expect(run.recognition.format).toBe(FORMATS[variant]);
    expect(run.recognition.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('yields exactly the events and facts the generator wrote', () => {
    const { variant: _v, sections: _s, ...want } = expected;
    expect(summarise(run.records)).toEqual(want);
  });

  it('reports no problems and marks every read member parsed', () => {
    expect(run.problems).toEqual([]);
    const readable = generated.files.filter((f) => !/(Settings|Activity Summary|Hashtag|Purchase History|Gifts)\.txt$/.test(f.path));
    expect([...run.parsed].sort()).toEqual(readable.map((f) => f.path).sort());
  });

  it('every event has a readable UTC time', () => {
    const unreadable = run.records.filter((r): r is EventRecord => r.type === 'event' && r.time.utc === null);
    expect(unreadable).toEqual([]);
  });

  it('every pointer resolves to the record it came from', () => {
    if (variant.startsWith('json')) {
      const file = generated.files[0];
      if (!file) throw new Error('no file');
      const doc: unknown = JSON.parse(String(file.content));
      for (const record of run.records) {
        expect(record.member).toBe(file.path);
        expect(record.pointer).toMatch(/^\//);
        expect(resolvePointer(doc, record.pointer)).toEqual(record.raw);
      }
    } else {
      const byPath = new Map(generated.files.map((f) => [f.path, String(f.content).split('\n')]));
      for (const record of run.records) {
        const lines = byPath.get(record.member);
        const m = /^line:(\d+)$/.exec(record.pointer);
        expect(m, record.pointer).not.toBeNull();
        const raw = record.raw as string[];
        expect(Array.isArray(raw)).toBe(true);
        expect(lines?.[Number(m?.[1]) - 1]).toBe(raw[0]);
      }
    }
  });

  it('the catalogue accounts for every member', () => {
    const catalogue = run.importer.catalogue(run.recognition.format);
    for (const entry of run.inventory.entries) {
      expect(catalogue.some((f) => catalogueMatches(f, entry.path)), entry.path).toBe(true);
    }
    for (const expectedFile of catalogue.filter((f) => f.expected)) {
      expect(run.inventory.entries.some((e) => catalogueMatches(expectedFile, e.path)), String(expectedFile.name)).toBe(true);
    }
  });

  it('lists unknown, ignored and empty sections (JSON)', () => {
    if (!variant.startsWith('json')) {
      expect(reports).toEqual([]); // TXT: coverage is per file, through the catalogue
      return;
    }
    expect(reports).toHaveLength(1);
    const report = reports[0] as SectionReport;
    expect([...report.unknown].sort()).toEqual([...expected.sections.unknown].sort());
    expect(report.ignored.map((i) => i.section).sort()).toEqual([...expected.sections.ignored].sort());
    expect([...report.empty].sort()).toEqual([...expected.sections.empty].sort());
    const parsedRecords = report.parsed.reduce((n, p) => n + p.records, 0);
    expect(parsedRecords).toBe(run.records.length);
  });
});

describe.each(TIKTOK_VARIANTS)('TikTok %s export: the ledger', (variant) => {
  // Facts of `fields` (profile) and `text` (name lists) sections are records of a field or a name, not of a list item.
  const NOT_ITEMS = new Set(['profile', 'ad_interest', 'advertiser', 'data_partner']);
  let run: ImportRun;
  beforeAll(async () => {
    const zip = join(dir, `TikTok_Data_${variant}_ledger.zip`);
    await writeTikTokZip(zip, { variant, seed: SEED });
    run = await runImport([zip], tiktokImporters);
  });

  it('every item found became exactly one record: no drops', () => {
    const perMember = new Map<string, number>();
    for (const r of run.records) {
      if (r.type === 'fact' && NOT_ITEMS.has(r.fact)) continue;
      perMember.set(r.member, (perMember.get(r.member) ?? 0) + 1);
    }
    expect(new Map([...run.ledger.items].sort())).toEqual(new Map([...perMember].sort()));
    const drops = run.ledger.members().flatMap((m) => run.ledger.gapsOf(m).filter((g) => g.kind === 'item'));
    expect(drops).toEqual([]);
  });

  it('reports exactly the unread keys the generator planted', () => {
    const gaps = run.ledger.members().flatMap((m) => run.ledger.gapsOf(m).map((g) => ({ what: g.what, count: g.count, kind: g.kind })));
    const want = generateTikTokExport({ variant, seed: SEED }).expected.sections.unread.map((u) => ({ ...u, kind: 'key' }));
    expect(gaps).toEqual(want);
  });
});

describe('fixture determinism', () => {
  it('the same seed gives byte-identical zips; another seed does not', async () => {
    const a = join(dir, 'a.zip');
    const b = join(dir, 'b.zip');
    const c = join(dir, 'c.zip');
    await writeTikTokZip(a, { variant: 'json-2024', seed: 99 });
    await writeTikTokZip(b, { variant: 'json-2024', seed: 99 });
    await writeTikTokZip(c, { variant: 'json-2024', seed: 100 });
    const [ba, bb, bc] = await Promise.all([readFile(a), readFile(b), readFile(c)]);
    expect(ba.equals(bb)).toBe(true);
    expect(ba.equals(bc)).toBe(false);
  });

  it('scale multiplies list sizes', () => {
    const one = generateTikTokExport({ variant: 'json-2024', seed: 1 }).expected;
    const three = generateTikTokExport({ variant: 'json-2024', seed: 1, scale: 3 }).expected;
    expect(three.byKind.watch).toBe((one.byKind.watch ?? 0) * 3);
    expect(three.logins).toBeGreaterThan(one.logins);
  });
});
