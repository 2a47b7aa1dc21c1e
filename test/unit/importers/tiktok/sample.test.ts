/**
 * The bundled sample export: stable bytes, imports cleanly, and tells the access story the
 * app is meant to surface.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiktokImporters } from '../../../../electron/core/importers/tiktok';
import type { EventRecord } from '../../../../shared/records';
import { SAMPLE_FILE_NAME, writeSampleExport, writeSampleExportWithExpected } from '../../../fixtures/sample';
import { runImport } from '../harness';
import { summarise } from './summarise';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-sample-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sample export', () => {
  it('is written as TikTok_Data_sample.zip with the same SHA-256 every time', async () => {
    const a = await writeSampleExport(join(dir, 'a'));
    const b = await writeSampleExport(join(dir, 'b'));
    expect(basename(a)).toBe(SAMPLE_FILE_NAME);
    const hash = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');
    expect(await hash(a)).toBe(await hash(b));
  });

  it('imports as a 2024 JSON export with the expected counts and the access story', async () => {
    const { path, expected } = await writeSampleExportWithExpected(join(dir, 'c'));
    const run = await runImport([path], tiktokImporters);
    expect(run.recognition.format).toBe('tiktok-json-2024');
    const { variant: _v, sections: _s, ...want } = expected;
    expect(summarise(run.records)).toEqual(want);

    const logins = run.records.filter((r): r is EventRecord => r.type === 'event' && r.kind === 'login');
    const ips = new Set(logins.map((l) => l.ip));
    for (const ip of ['129.146.147.83', '52.95.110.6', '78.70.139.54', '203.0.113.77', '2003:e5:af1f:6c00:1d4e:9a2b:7c31:4f10']) expect(ips).toContain(ip);
    // The new device appears first with the cloud logins, after months of iPhone-only logins.
    const byTime = [...logins].sort((x, y) => String(x.time.utc).localeCompare(String(y.time.utc)));
    const firstGalaxy = byTime.findIndex((l) => l.device?.model === 'SM-G991B');
    expect(firstGalaxy).toBeGreaterThan(0);
    expect(byTime.slice(0, firstGalaxy).every((l) => l.device?.model === 'iPhone14,2')).toBe(true);
    expect(['129.146.147.83', '52.95.110.6']).toContain(byTime[firstGalaxy]?.ip);
    expect(run.records.some((r) => r.type === 'fact' && r.fact === 'profile' && r.value === 'mara.lindqvist')).toBe(true);
  });
});
