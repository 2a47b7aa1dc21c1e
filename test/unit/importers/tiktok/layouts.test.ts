/**
 * The five real TikTok layouts (reference/real-layouts/tiktok-*.txt), each rebuilt as a seeded
 * synthetic export (test/fixtures/layouts/tiktok-*.ts), imported the way the app imports, and
 * compared with counts tallied from each fixture's model: every item read, nothing unread, no
 * drops, no problems, no missing files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiktokImporters } from '../../../../electron/core/importers/tiktok';
import type { FactRecord, ImportRecord } from '../../../../shared/records';
import type { LayoutExpected } from '../../../fixtures/layouts/tiktok-layout-kit';
import type { BuildLayout } from '../../../fixtures/layouts/types';
import * as json2025 from '../../../fixtures/layouts/tiktok-json-2025';
import * as jsonActivity from '../../../fixtures/layouts/tiktok-json-activity-layout';
import * as txt2025 from '../../../fixtures/layouts/tiktok-txt-2025';
import * as txtUtc from '../../../fixtures/layouts/tiktok-txt-2024-utc-suffix';
import * as txtBrowsing from '../../../fixtures/layouts/tiktok-txt-2020-browsing-only';
import { baseSummary, coverageOf, runImport, type ImportRun } from '../harness';

const LAYOUTS: [string, { buildLayout: BuildLayout; layoutExpected: () => LayoutExpected }, string][] = [
  ['tiktok-json-2025', json2025, 'tiktok-json-2024'],
  ['tiktok-json-activity-layout', jsonActivity, 'tiktok-json-2023'],
  ['tiktok-txt-2025', txt2025, 'tiktok-txt-2023'],
  ['tiktok-txt-2024-utc-suffix', txtUtc, 'tiktok-txt-2023'],
  ['tiktok-txt-2020-browsing-only', txtBrowsing, 'tiktok-txt-2020'],
];

/** Facts that come from a field or a name list, not from a list item (the ledger counts items). */
const NOT_ITEMS = new Set(['profile', 'ad_interest', 'advertiser', 'data_partner']);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-layouts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const devices = (records: readonly ImportRecord[]): FactRecord[] => records.filter((r): r is FactRecord => r.type === 'fact' && r.fact === 'device');

describe.each(LAYOUTS)('layout %s', (name, fixture, format) => {
  let run: ImportRun;
  const expected = fixture.layoutExpected();

  beforeAll(async () => {
    const { paths } = await fixture.buildLayout(join(dir, name));
    run = await runImport(paths, tiktokImporters);
  });

  it('is recognised as a TikTok export', () => {
    expect(run.recognition.format).toBe(format);
    expect(run.importer.platform).toBe('tiktok');
  });

  it('yields exactly the events, facts, IPs and URL hosts of the fixture', () => {
    const { deviceIds: _d, unread: _u, parsed: _p, ...want } = expected;
    expect(baseSummary(run.records)).toEqual(want);
  });

  it('keeps every device identifier the Status list holds (DID and UID too)', () => {
    expect(devices(run.records).map((f) => Object.keys(f.device?.identifiers ?? {}))).toEqual(expected.deviceIds);
  });

  it('reads completely: no problems, every member parsed, nothing missing', () => {
    expect(run.problems).toEqual([]);
    expect([...run.parsed].sort()).toEqual([...expected.parsed].sort());
    expect(coverageOf(run).missing).toEqual([]);
    expect(run.records.filter((r) => r.type === 'event' && r.time.utc === null)).toEqual([]);
  });

  it('ledger: every item found became one record, no drops, no unread keys', () => {
    const perMember = new Map<string, number>();
    for (const r of run.records) if (!(r.type === 'fact' && NOT_ITEMS.has(r.fact))) perMember.set(r.member, (perMember.get(r.member) ?? 0) + 1);
    expect(new Map([...run.ledger.items].sort())).toEqual(new Map([...perMember].sort()));
    expect(run.ledger.members().flatMap((m) => run.ledger.gapsOf(m))).toEqual([]);
    expect(expected.unread).toEqual([]);
  });
});

describe('layout details the real exports showed', () => {
  it('2025 JSON: DID and UID are kept with the model values; CoverImage hosts are analysed', async () => {
    const model = json2025.layoutModel();
    const run = await runImport((await json2025.buildLayout(join(dir, 'detail-2025'))).paths, tiktokImporters);
    expect(devices(run.records).map((f) => [f.device?.identifiers?.DID, f.device?.identifiers?.UID]))
      .toEqual(model.statuses.map((s) => [s.did, String(s.uid)]));
    const posts = run.records.filter((r) => r.type === 'event' && r.kind === 'post');
    expect(posts.map((p) => p.urls?.[1])).toEqual(model.posts.map((p) => p.cover));
    expect(posts.every((p) => /^https:\/\/p16-sign-(sg|va)\.tiktokcdn\.com\/tos-maliva-/.test(p.urls?.[1] ?? ''))).toBe(true);
    // The Most Recent Location Data of "N/A"s is an empty section, not an unreadable record.
    expect(run.records.filter((r) => r.type === 'event' && r.kind === 'location')).toEqual([]);
  });

  it('2024 TXT: dates ending in " UTC" are read as UTC', async () => {
    const model = txtUtc.layoutModel();
    const run = await runImport((await txtUtc.buildLayout(join(dir, 'detail-utc'))).paths, tiktokImporters);
    const logins = run.records.filter((r) => r.type === 'event' && r.kind === 'login');
    expect(logins.map((l) => (l.type === 'event' ? l.time.utc : null))).toEqual(model.logins.map((l) => new Date(l.t).toISOString().replace('.000Z', 'Z')));
  });
});
