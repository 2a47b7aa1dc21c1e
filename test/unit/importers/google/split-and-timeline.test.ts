/**
 * A Takeout split over two zips reads as one export (the archive layer merges the parts; the
 * `Takeout/` wrapper is stripped from both), and the on-device Timeline export (2024+) is read
 * on its own.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../../electron/core/importers/registry';
import { googleTimeline, writeGoogleSplitZips, writeGoogleTimelineZip, writeGoogleZip } from '../../../fixtures/generators/google';
import { writeDeterministicZip } from '../../../fixtures/generators/zip';
import { coverageOf, runImport } from '../harness';
import { summarise } from './summarise';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'google-split-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('split Takeout (-001.zip + -002.zip)', () => {
  it('gives exactly what the one-zip Takeout gives', async () => {
    const { paths, expected } = await writeGoogleSplitZips(dir, { variant: 'en', seed: 17 });
    const single = join(dir, 'single.zip');
    expect(await writeGoogleZip(single, { variant: 'en', seed: 17 })).toEqual(expected);

    const split = await runImport(paths, IMPORTERS);
    expect(split.inventory.kind).toBe('split-zip');
    expect(split.inventory.parts).toHaveLength(2);
    expect(split.inventory.strippedFolder).toBe('Takeout');
    expect(split.recognition.format).toBe('google-takeout');
    expect(split.problems).toEqual([]);
    expect(summarise(split.records)).toEqual(expected);

    // Both parts carry the index page; the second copy is skipped, with why.
    expect(split.inventory.skipped.map((s) => s.path)).toContain('Takeout/archive_browser.html');
    const one = await runImport([single], IMPORTERS);
    expect(split.records.map((r) => `${r.member}#${r.pointer}`)).toEqual(one.records.map((r) => `${r.member}#${r.pointer}`));
  });

  it('one part alone is still read, and the access files it lacks are reported missing', async () => {
    const { paths } = await writeGoogleSplitZips(join(dir, 'parts'), { variant: 'en', seed: 17 });
    const second = await runImport([paths[1] as string], IMPORTERS);
    expect(second.importer.id).toBe('google-takeout');
    expect(second.records.every((r) => r.member.startsWith('Location History') || r.member.startsWith('YouTube'))).toBe(true);
    const { missing } = coverageOf(second);
    expect(missing.map((m) => m.name).join('\n')).toMatch(/Access Log Activity.*Activities/);
    expect(missing.map((m) => m.name).join('\n')).toMatch(/Access Log Activity.*Devices/);
  });
});

describe('on-device Timeline export', () => {
  it('a lone Timeline.json is recognised by its keys and read: visits, trips, paths, raw positions', async () => {
    const zip = join(dir, 'timeline.zip');
    const expected = await writeGoogleTimelineZip(zip);
    const r = await runImport([zip], IMPORTERS);
    expect(r.importer.id).toBe('google-takeout');
    expect(r.recognition.format).toBe('google-timeline');
    expect(coverageOf(r).missing).toEqual([]);
    expect(r.recognition.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.recognition.confidence).toBeLessThan(0.9);
    expect(r.problems).toEqual([]);
    expect(summarise(r.records)).toEqual(expected);
    expect(r.records.every((x) => x.type === 'event' && x.kind === 'location' && x.geo !== undefined)).toBe(true);
    expect(r.records.map((x) => x.pointer)).toContain('/rawSignals/4');
    // The Wi-Fi scan holds no position: a counted drop with its reason, not a problem.
    expect(r.ledger.items.get('Timeline.json')).toBe(r.records.length + 1);
    expect(r.ledger.gapsOf('Timeline.json')).toEqual([{ kind: 'item', what: 'no position (a Wi-Fi scan or an activity guess)', count: 1, example: '/rawSignals/5' }]);
  });

  it('a Timeline\'s frequent places are reported as not read when they hold data (and only then)', async () => {
    const { content } = googleTimeline();
    const doc = JSON.parse(content) as { userLocationProfile: { frequentPlaces: unknown[] } };
    doc.userLocationProfile.frequentPlaces.push({ placeId: 'ChIJexampleHome', placeLocation: '52.5200000°, 13.4050000°', label: 'HOME' });
    const zip = join(dir, 'timeline-profile.zip');
    await writeDeterministicZip(zip, [{ path: 'Timeline.json', content: JSON.stringify(doc) }]);
    const r = await runImport([zip], IMPORTERS);
    expect(r.ledger.gapsOf('Timeline.json').filter((g) => g.kind === 'key')).toEqual([
      { kind: 'key', what: '/userLocationProfile/frequentPlaces', count: 1, example: '/userLocationProfile/frequentPlaces' },
    ]);
    // Times keep their offset: 09:00+01:00 is 08:00 UTC.
    const first = r.records.find((x) => x.pointer === '/semanticSegments/0');
    expect(first?.type === 'event' ? first.time.utc : null).toBe('2025-02-03T08:00:00.000Z');
  });
});
