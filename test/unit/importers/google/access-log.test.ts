/**
 * The Access Log Activity CSVs: columns found by header text (both known header variants, any
 * order), the multi-line "Device Last Location" cell, and a header nobody knows.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyHeader } from '../../../../electron/core/importers/google/access-log';
import { googleImporters } from '../../../../electron/core/importers/google';
import type { EventRecord, FactRecord } from '../../../../shared/records';
import { activitiesCsv, generateGoogleTakeout } from '../../../fixtures/generators/google';
import { writeDeterministicZip, type ZipInput } from '../../../fixtures/generators/zip';
import { runImport } from '../harness';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'google-access-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ACTIVITIES = 'Takeout/Access Log Activity/Activities - A list of Google services accessed by.csv';

async function importWith(name: string, replace: Record<string, string>, drop: (f: ZipInput) => boolean = () => false): Promise<Awaited<ReturnType<typeof runImport>>> {
  const { files } = generateGoogleTakeout({ variant: 'en', seed: 4 });
  const zip = join(dir, `${name}.zip`);
  await writeDeterministicZip(zip, files.filter((f) => !drop(f)).map((f) => (f.path in replace ? { ...f, content: replace[f.path] ?? '' } : f)));
  return runImport([zip], googleImporters);
}

const accessEvents = (records: readonly (EventRecord | FactRecord)[]): EventRecord[] =>
  records.filter((r): r is EventRecord => r.type === 'event' && r.member.endsWith('accessed by.csv'));

describe('Activities CSV', () => {
  const { model } = generateGoogleTakeout({ variant: 'en', seed: 4 });

  it('the 13- and 16-column header variants give the same events', async () => {
    const v13 = await importWith('v13', { [ACTIVITIES]: activitiesCsv(model, 'v13') });
    const v16 = await importWith('v16', { [ACTIVITIES]: activitiesCsv(model, 'v16') });
    expect(v13.problems).toEqual([]);
    expect(v16.problems).toEqual([]);
    const strip = (e: EventRecord): unknown => ({ ...e, raw: undefined, text: undefined });
    expect(accessEvents(v13.records).map(strip)).toEqual(accessEvents(v16.records).map(strip));
    expect(accessEvents(v16.records)).toHaveLength(model.access.length);
    expect(Object.keys(accessEvents(v16.records)[0]?.raw as object)).toContain('Android Webview Package Name');
  });

  it('columns are matched by header text, whatever their order', async () => {
    // Cells of this fixture hold no doubled quotes, so a quote toggle is enough to split them here.
    const reversed = activitiesCsv(model, 'v13').trimEnd().split('\n').map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells.reverse().join(',');
    }).join('\n');
    const normal = await importWith('normal', {});
    const shuffled = await importWith('reversed', { [ACTIVITIES]: `${reversed}\n` });
    expect(shuffled.problems).toEqual([]);
    const key = (e: EventRecord): string => `${e.kind}|${e.time.utc}|${e.ip}|${e.device?.userAgent}|${e.title}`;
    expect(accessEvents(shuffled.records).map(key)).toEqual(accessEvents(normal.records).map(key));
  });

  it('maps the activity type: sign-ins are logins, background access sessions, a password change its own kind', async () => {
    const r = await importWith('kinds', {});
    const kinds = accessEvents(r.records).reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.kind]: (acc[e.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ login: 16, session: 6, password_change: 1 });
    const cloud = accessEvents(r.records).find((e) => e.ip === '46.101.137.20');
    expect(cloud?.title).toBe('Sign-in to Gmail / Gmail Web from 46.101.137.20 (DE)');
    expect(cloud?.text).toMatch(/City: Frankfurt am Main/);
    expect(cloud?.time.text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  });

  it('a header that is not an Access Log table is a problem naming the member and the headers seen; the rest is read', async () => {
    const r = await importWith('unknown-header', { [ACTIVITIES]: 'Zeitpunkt,Adresse,Gerät\n2024-01-01 10:00:00 UTC,1.2.3.4,x\n' });
    const member = ACTIVITIES.replace('Takeout/', '');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.member).toBe(member);
    expect(r.problems[0]?.message).toMatch(/header is not one Whereabouts knows: found "Zeitpunkt", "Adresse", "Gerät"/);
    expect(r.records.some((x) => x.member === member)).toBe(false);
    expect(r.parsed).not.toContain(member);
    expect(r.records.length).toBeGreaterThan(100);
  });
});

describe('Devices CSV', () => {
  it('the old layout: the multi-line "Device Last Location" cell gives country and last activity; quotes survive', async () => {
    const r = await importWith('devices-old', {});
    const devices = r.records.filter((x): x is FactRecord => x.type === 'fact' && x.member.endsWith('iPh.csv'));
    expect(devices).toHaveLength(3);
    const iphone = devices[0];
    expect(iphone?.name).toBe('Mara\'s "work" iPhone, blue');
    expect(iphone?.pointer).toBe('line:2');
    expect(devices[1]?.pointer).toBe('line:4'); // the first row's quoted cell spans two lines
    expect(iphone?.device).toEqual({ model: 'iPhone14,2', system: 'iOS 17.5.1' });
    expect(iphone?.details?.['Last country']).toBe('DE');
    expect(iphone?.details?.['Last activity']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(iphone?.details?.['Last location']).toContain('\n');
    expect((iphone?.raw as Record<string, string>)['Device Last Location']).toMatch(/^Country ISO: DE\nLast Activity Time: /);
  });

  it('the new layout: country and first/last activity columns', async () => {
    const { files } = generateGoogleTakeout({ variant: 'de', seed: 4 });
    const zip = join(dir, 'devices-new.zip');
    await writeDeterministicZip(zip, files);
    const r = await runImport([zip], googleImporters);
    const devices = r.records.filter((x): x is FactRecord => x.type === 'fact' && x.member.includes('Geräte'));
    expect(devices).toHaveLength(3);
    expect(devices[2]?.details).toMatchObject({ 'Device type': 'Mobile', Brand: 'Google', 'Last country': 'SE' });
    expect(devices[2]?.details?.['First activity']).toMatch(/ UTC$/);
    expect(devices[2]?.details?.['Last activity (UTC)']).toMatch(/Z$/);
  });
});

describe('classifyHeader', () => {
  it('tells the tables apart by header text, tolerating case, spaces and hyphens', () => {
    expect(classifyHeader(['activity timestamp', 'IP address', 'Product Name']).table).toBe('activities');
    expect(classifyHeader(['Device Type', 'Brand Name', 'OS']).table).toBe('devices');
    expect(classifyHeader(['Device Type', 'OS']).table).toBe('unknown');
    expect(classifyHeader(['Activity Timestamp', 'Product Name']).table).toBe('unknown');
  });
});
