/**
 * where.locations over real imports: every record with coordinates (Google `locationInfos`, raw
 * positions, semantic visits; TikTok's most recent GPS) is counted, grouped into points whose
 * counts add up to the total, and each point cites a record (member + RFC 6901 pointer).
 * Expected numbers come from the generators' models, not from reading the files back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../electron/core/store/db';
import { locationRecords, MAX_POINTS } from '../../electron/core/store/queries/locations';
import { listSources } from '../../electron/core/store/queries/sources';
import { writeGoogleZip } from '../fixtures/generators/google';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { importInto, tempDir } from './helpers';

describe('where.locations', () => {
  it('counts every record with coordinates, groups them into points, cites each point, and scopes by source', async () => {
    const dir = tempDir();
    const google = join(dir, 'takeout-20240301T101010Z-1.zip');
    const tiktok = join(dir, 'TikTok_Data_1.zip');
    const g = await writeGoogleZip(google, { variant: 'en', seed: 3 });
    await writeTikTokZip(tiktok, { variant: 'json-2024', seed: 21 });
    const db = openDb(join(dir, 'p.db'));
    for (const p of [google, tiktok]) expect((await importInto(db, [p])).status).toBe('imported');

    // The json-2024 TikTok model writes one "Most Recent Location Data" record with GPS.
    const all = locationRecords(db);
    expect(g.withGeo).toBeGreaterThan(100);
    expect(all.total).toBe(g.withGeo + 1);
    expect(all.more).toBe(0);
    expect(all.points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(all.points.reduce((n, p) => n + p.count, 0)).toBe(all.total);
    for (const p of all.points) {
      expect(p.eventIds.length).toBe(Math.min(p.count, 20));
      expect(p.example.pointer).toMatch(/^\//);
      expect(p.example.member.length).toBeGreaterThan(0);
      expect(p.example.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
      // Rounded to 2 decimals (about 1 km).
      expect(Math.abs(p.lat * 100 - Math.round(p.lat * 100))).toBeLessThan(1e-6);
      expect(Math.abs(p.lon * 100 - Math.round(p.lon * 100))).toBeLessThan(1e-6);
    }

    const googleId = listSources(db).find((s) => s.platform === 'google')!.id;
    const scoped = locationRecords(db, [googleId]);
    expect(scoped.total).toBe(g.withGeo);
    expect(scoped.points.every((p) => p.platforms.length === 1 && p.platforms[0] === 'google')).toBe(true);
    db.close();
  });
});
