/**
 * End to end for each Takeout layout (English, German, French): generate a seeded zip, open it
 * with the real archive layer, recognise among every registered importer, import, and compare
 * with what the generator computed from its own model.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../../electron/core/importers/registry';
import type { EventRecord } from '../../../../shared/records';
import { GOOGLE_VARIANTS, generateGoogleTakeout, writeGoogleZip, type GoogleVariant } from '../../../fixtures/generators/google';
import { catalogueMatches, coverageOf, resolvePointer, runImport, type ImportRun } from '../harness';
import { summarise } from './summarise';

const SEED = 11;
const FORMATS: Record<GoogleVariant, string> = { en: 'google-takeout', de: 'google-takeout-de', fr: 'google-takeout-fr' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'google-variants-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The CSV line a `line:N` pointer names starts with the record's first cell (quoted or not). */
function startsRecord(line: string | undefined, firstCell: string): boolean {
  const quoted = `"${firstCell.replace(/"/g, '""')}"`;
  return line !== undefined && (line.startsWith(`${firstCell},`) || line.startsWith(`${quoted},`));
}

describe.each(GOOGLE_VARIANTS)('Google Takeout, %s layout', (variant) => {
  const generated = generateGoogleTakeout({ variant, seed: SEED });
  let r: ImportRun;

  beforeAll(async () => {
    const zip = join(dir, `takeout-${variant}.zip`);
    await writeGoogleZip(zip, { variant, seed: SEED });
    r = await runImport([zip], IMPORTERS);
  });

  it('is recognised by the Google importer with its language and high confidence', () => {
    expect(r.importer.id).toBe('google-takeout');
    expect(r.recognition.format).toBe(FORMATS[variant]);
    expect(r.recognition.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.inventory.strippedFolder).toBe('Takeout');
  });

  it('yields exactly the events and facts the generator wrote', () => {
    expect(summarise(r.records)).toEqual(generated.expected);
  });

  it('the IPs are the ones chosen: residential (shared with TikTok), mobile, cloud, IPv6', () => {
    expect(summarise(r.records).ips).toEqual(['2.67.41.193', '2a02:8108:1c0:9e00:7d3a:41f2:b09c:5e21', '46.101.137.20', '84.157.23.41']);
  });

  it('reports no problems and marks every read member parsed', () => {
    expect(r.problems).toEqual([]);
    const readable = generated.files
      .map((f) => f.path.replace(/^Takeout\//, ''))
      .filter((p) => /\.(json|csv)$/.test(p) && !p.startsWith('Chrome/'));
    expect([...r.parsed].sort()).toEqual(readable.sort());
  });

  it('ledger: nothing dropped, no key unread in any member read', () => {
    const gaps = r.ledger.members().flatMap((m) => r.ledger.gapsOf(m).map((g) => `${m}: ${g.what}`));
    expect(gaps).toEqual([]);
  });

  it('every event has a readable UTC time', () => {
    const unreadable = r.records.filter((x): x is EventRecord => x.type === 'event' && x.time.utc === null);
    expect(unreadable).toEqual([]);
  });

  it('every pointer leads back to the record it came from', () => {
    const byPath = new Map(generated.files.map((f) => [f.path.replace(/^Takeout\//, ''), String(f.content)]));
    for (const record of r.records) {
      const content = byPath.get(record.member);
      expect(content, record.member).toBeDefined();
      if (record.member.endsWith('.csv')) {
        const m = /^line:(\d+)$/.exec(record.pointer);
        expect(m, record.pointer).not.toBeNull();
        const raw = record.raw as Record<string, string>;
        const first = Object.values(raw)[0] ?? '';
        const lines = String(content).split(/\r?\n/);
        expect(startsRecord(lines[Number(m?.[1]) - 1], first), `${record.member} ${record.pointer}`).toBe(true);
      } else {
        expect(record.pointer).toMatch(/^\//);
        expect(resolvePointer(JSON.parse(String(content)), record.pointer)).toEqual(record.raw);
      }
    }
  });

  it('coverage: every member parsed, ignored with a reason, or the one unknown file; nothing missing', () => {
    const { outcomes, missing } = coverageOf(r);
    expect(missing).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'unknown').map((o) => o.path)).toEqual(['Chrome/Device Information.json']);
    expect(outcomes.filter((o) => o.status === 'error')).toEqual([]);
    for (const o of outcomes.filter((x) => x.status === 'ignored')) expect(o.note, o.path).toBeTruthy();
    const catalogue = r.importer.catalogue(r.recognition.format);
    for (const expected of catalogue.filter((f) => f.expected)) {
      expect(r.inventory.entries.some((e) => catalogueMatches(expected, e.path)), String(expected.name)).toBe(true);
    }
  });
});

describe('fixture determinism', () => {
  it('the same seed gives byte-identical zips; another seed does not', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(dir, `${n}.zip`)) as [string, string, string];
    await writeGoogleZip(a, { variant: 'de', seed: 5 });
    await writeGoogleZip(b, { variant: 'de', seed: 5 });
    await writeGoogleZip(c, { variant: 'de', seed: 6 });
    expect((await readFile(a)).equals(await readFile(b))).toBe(true);
    expect((await readFile(a)).equals(await readFile(c))).toBe(false);
  });
});
