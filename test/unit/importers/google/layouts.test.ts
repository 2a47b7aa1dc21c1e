/**
 * The two real Takeout My Activity layouts (Ads; Assistant with locationInfos), as their synthetic
 * twins (test/fixtures/layouts/google-takeout-my-activity-*.ts), through the real archive layer
 * and importer: Ads entries told apart (clicks, searches, ads shown) with their advertisers and
 * redirect targets, Assistant places as location events, counts from the fixtures' models, and a
 * ledger with nothing dropped and no key left unread — until a key nobody maps is added.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../../electron/core/importers/registry';
import type { EventRecord } from '../../../../shared/records';
import { tally, tallyHost } from '../../../fixtures/generators/expected';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { ADS_ENTRIES, ADS_MEMBER, adsItems, buildLayout as buildAds } from '../../../fixtures/layouts/google-takeout-my-activity-ads';
import {
  ASSISTANT_ENTRIES, ASSISTANT_MEMBER, buildLayout as buildAssistant, mapsUrl, searchUrl,
} from '../../../fixtures/layouts/google-takeout-my-activity-assistant';
import { baseSummary, resolvePointer, runImport, type ImportRun } from '../harness';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'google-layouts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const eventsOf = (r: ImportRun): EventRecord[] => r.records.filter((x): x is EventRecord => x.type === 'event');

describe('Takeout My Activity / Ads', () => {
  let r: ImportRun;
  beforeAll(async () => {
    const { paths } = await buildAds(join(dir, 'ads'));
    r = await runImport(paths, IMPORTERS);
  });

  it('each entry is what it is: clicks, searches, ads shown — not all impressions', () => {
    const byKind: Record<string, number> = {};
    for (const e of ADS_ENTRIES) tally(byKind, e.kind);
    expect(byKind).toEqual({ search: 1, ad_click: 5, ad_impression: 3 }); // the model itself, spelled out
    expect(baseSummary(r.records).byKind).toEqual(byKind);
    expect(r.records.map((x) => (x.type === 'event' ? x.kind : x.fact))).toEqual(ADS_ENTRIES.map((e) => e.kind));
    expect(r.problems).toEqual([]);
  });

  it('advertisers are named from the header (or the title), never a product name', () => {
    expect(eventsOf(r).map((e) => e.advertiser)).toEqual(ADS_ENTRIES.map((e) => e.advertiser));
    expect(new Set(eventsOf(r).flatMap((e) => (e.advertiser ? [e.advertiser] : []))).size).toBe(5);
  });

  it('google.com/url?q= redirects are unwrapped: the host analysed is the page opened; the original stays in raw', () => {
    expect(eventsOf(r).map((e) => e.urls?.[0])).toEqual(ADS_ENTRIES.map((e) => e.url));
    const hosts: Record<string, number> = {};
    for (const e of ADS_ENTRIES) if (e.url) tallyHost(hosts, e.url);
    expect(baseSummary(r.records).hosts).toEqual(hosts);
    const click = eventsOf(r).find((e) => e.advertiser === 'vox.com');
    expect((click?.raw as { titleUrl?: string }).titleUrl).toMatch(/^https:\/\/www\.google\.com\/url\?q=https:\/\/www\.vox\.com\//);
  });

  it('ledger: every entry found became a record; nothing unread', () => {
    expect(r.ledger.items.get(ADS_MEMBER)).toBe(ADS_ENTRIES.length);
    expect(r.ledger.gapsOf(ADS_MEMBER)).toEqual([]);
  });

  it('a key nobody maps, holding data, is reported with its key path and an example pointer', async () => {
    const items = adsItems();
    const changed = items.map((item, i) => (i === 2 ? { ...item, adCampaign: { id: 'c-17', name: 'Spring' } } : item));
    const zip = join(dir, 'ads-unknown-key.zip');
    await writeDeterministicZip(zip, [{ path: `Takeout/${ADS_MEMBER}`, content: JSON.stringify(changed, null, 2) }]);
    const run = await runImport([zip], IMPORTERS);
    expect(run.ledger.gapsOf(ADS_MEMBER)).toEqual([{ kind: 'key', what: '/*/adCampaign', count: 1, example: '/2/adCampaign' }]);
    expect(resolvePointer(changed, '/2/adCampaign')).toEqual({ id: 'c-17', name: 'Spring' });
    expect(run.records).toHaveLength(r.records.length);
  });
});

describe('Takeout My Activity / Assistant', () => {
  let r: ImportRun;
  const placed = ASSISTANT_ENTRIES.filter((e) => e.place);
  beforeAll(async () => {
    const { paths } = await buildAssistant(join(dir, 'assistant'));
    r = await runImport(paths, IMPORTERS);
  });

  it('one event per entry and one location event per locationInfos entry', () => {
    const byKind: Record<string, number> = {};
    for (const e of ASSISTANT_ENTRIES) tally(byKind, e.kind);
    tally(byKind, 'location', placed.length);
    expect(baseSummary(r.records).byKind).toEqual(byKind);
    expect(r.problems).toEqual([]);
  });

  it('locations carry the coordinates of the Maps link and say where they came from', () => {
    const locations = eventsOf(r).filter((e) => e.kind === 'location');
    expect(locations.map((l) => l.geo)).toEqual(placed.map((e) => e.place));
    expect(locations.every((l) => l.title === 'Location: At this general area (From your device)' && l.text?.includes('Source: From your device'))).toBe(true);
    expect(locations.map((l) => l.pointer)).toEqual(ASSISTANT_ENTRIES.flatMap((e, i) => (e.place ? [`/${i}/locationInfos/0`] : [])));
    // Each at its activity's time.
    for (const l of locations) {
      const activity = eventsOf(r).find((e) => e.kind !== 'location' && e.pointer === l.pointer.replace(/\/locationInfos\/0$/, ''));
      expect(l.time.utc).toBe(activity?.time.utc);
    }
  });

  it('every URL counted once: searches, Maps links, answer links', () => {
    const hosts: Record<string, number> = {};
    for (const e of ASSISTANT_ENTRIES) {
      if (e.search) tallyHost(hosts, searchUrl(e.search));
      if (e.place) tallyHost(hosts, mapsUrl(e.place));
      for (const s of e.subtitles ?? []) if (s.url) tallyHost(hosts, s.url);
    }
    expect(baseSummary(r.records).hosts).toEqual(hosts);
  });

  it('ledger: audioFiles, imageFile and subtitles are consumed, nothing dropped or unread', () => {
    expect(r.ledger.items.get(ASSISTANT_MEMBER)).toBe(ASSISTANT_ENTRIES.length);
    expect(r.ledger.gapsOf(ASSISTANT_MEMBER)).toEqual([]);
  });
});
