/**
 * Devices grouped as people know them, on a real TikTok import: the generator's logins use one
 * iPhone model and one Galaxy model across several system updates, so the stored device rows
 * (one per model|system pair) collapse to one group per model family and system name.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessSummary } from '../../shared/api';
import { openDb, type Db } from '../../electron/core/store/db';
import { accessSummary } from '../../electron/core/store/queries/access';
import { analyzeDocument } from '../../electron/core/report/analyze-json';
import { tableCsv } from '../../electron/core/report/csv';
import { writeTikTokZip, type ExpectedCounts } from '../fixtures/generators/tiktok';
import { importInto, tempDir } from './helpers';

let db: Db;
let expected: ExpectedCounts;
let access: AccessSummary;

beforeAll(async () => {
  const dir = tempDir();
  const zip = join(dir, 'tiktok.zip');
  expected = await writeTikTokZip(zip, { variant: 'json-2024', seed: 21 });
  db = openDb(join(dir, 'profile.db'));
  await importInto(db, [zip]);
  access = accessSummary(db, []);
}, 60_000);

afterAll(() => db?.close());

describe('device groups on a TikTok import', () => {
  it('has one group per model family and system name, from the generator model', () => {
    // Independent of the parser: "iPhone14,2|iOS 17.4.1" → "iPhone|iOS", "SM-G991B|Android 14" → "SM-G991B|Android".
    const families = new Set(expected.devices.map((d) => {
      const [model, system] = d.split('|') as [string, string];
      return `${model.startsWith('iPhone') ? 'iPhone' : model}|${system.split(' ')[0]}`;
    }));
    expect(expected.devices.length).toBeGreaterThan(families.size); // the grouping has something to do
    // Device rows with a model are the logins' model|system pairs; identifier-only rows (from the
    // ads/device sections) stay one group each, named by their identifiers' kind.
    const modelled = access.devices.filter((d) => d.model !== null);
    const idOnly = access.devices.filter((d) => d.model === null);
    expect(modelled).toHaveLength(expected.distinctDevices);
    expect(access.deviceGroups).toHaveLength(families.size + idOnly.length);
    expect(access.deviceGroups!.filter((g) => /identifiers only/.test(g.label))).toHaveLength(idOnly.length);
    expect(access.deviceGroups!.reduce((n, g) => n + g.count, 0)).toBe(access.devices.reduce((n, d) => n + d.count, 0));
    const iosMajors = [...new Set(expected.devices.filter((d) => d.startsWith('iPhone')).map((d) => Number(/iOS (\d+)/.exec(d)![1])))].sort((a, b) => a - b);
    const span = iosMajors.length === 1 ? `${iosMajors[0]}` : `${iosMajors[0]}–${iosMajors[iosMajors.length - 1]}`;
    expect(access.deviceGroups!.map((g) => g.label)).toContain(`iPhone · iOS ${span}`);
  });

  it('keeps every raw row, each naming its group', () => {
    const ids = access.deviceGroups!.flatMap((g) => g.deviceIds).sort((a, b) => a - b);
    expect(ids).toEqual(access.devices.map((d) => d.id).sort((a, b) => a - b));
    for (const d of access.devices) expect(access.deviceGroups!.find((g) => g.key === d.group)?.deviceIds).toContain(d.id);
  });

  it('names each CSV line\'s group', () => {
    const lines = tableCsv(db, 'devices', undefined, undefined, []).csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('model,system,identifiers,count,first,last,platforms,device,user_agent');
    expect(lines).toHaveLength(access.devices.length + 1);
    const labels = new Set(access.deviceGroups!.map((g) => g.label));
    for (const line of lines.slice(1)) expect([...labels].some((l) => line.includes(`,${l},`) || line.includes(`,"${l}",`))).toBe(true);
  });

  it('gives analyze --json the same groups (additive field)', () => {
    const ids = (db.prepare('SELECT id FROM sources').all() as { id: number }[]).map((s) => s.id);
    const doc = analyzeDocument(db, ids, [], []);
    expect(doc.access.deviceGroups).toEqual(access.deviceGroups);
    expect(doc.access.devices).toHaveLength(access.devices.length);
  });
});
