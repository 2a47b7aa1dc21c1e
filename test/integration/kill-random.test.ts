/**
 * kill -9 at random points of an import (seeded delays over the import itself: reading, batch
 * commits, the last transaction, the analysis): after each kill the next open leaves either
 * the profile exactly as it was or the import complete — never half an import, never a damaged file.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../electron/core/store/db';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { fingerprint, importInto, tempDir } from './helpers';
import { mulberry32 as rng } from '../fixtures/generators/rng';


describe('kill -9 at random points', () => {
  it('every kill leaves the profile as it was or the import complete', async () => {
    const dir = tempDir('wa-kill-');
    const base = join(dir, 'TikTok_Data_0.zip');
    const next = join(dir, 'TikTok_Data_1.zip');
    await writeTikTokZip(base, { variant: 'json-2022', seed: 4 });
    const expected = await writeTikTokZip(next, { variant: 'json-2024', seed: 3, scale: 20 });
    const template = join(dir, 'template.db');
    const t = openDb(template);
    expect((await importInto(t, [base])).status).toBe('imported');
    const before = fingerprint(t);
    t.close();

    /** Starts the child; resolves when it is about to import (start-up is not what is tested). */
    const startChild = async (path: string) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'staged', 'import-plain.ts'), path, next], { stdio: ['ignore', 'pipe', 'ignore'] });
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('start')) resolve();
        });
        child.once('exit', () => reject(new Error('the child ended before it started importing')));
      });
      return child;
    };
    // How long the import itself takes here, so the kills spread over all of it.
    const timed = join(dir, 'timed.db');
    copyFileSync(template, timed);
    const full = await startChild(timed);
    const started = Date.now();
    await once(full, 'exit');
    const span = Date.now() - started;

    const random = rng(20261206);
    const outcomes = { untouched: 0, complete: 0 };
    for (let trial = 0; trial < 8; trial++) {
      const path = join(dir, `trial-${trial}.db`);
      copyFileSync(template, path);
      const child = await startChild(path);
      // Up to 1.3 × the import: some kills land after it finished (the profile must then hold it whole).
      const delay = Math.floor(random() * span * 1.3);
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await once(child, 'exit');
      clearTimeout(timer);

      const db = openDb(path); // the next start cleans up a dead process's import
      expect(db.pragma('integrity_check', { simple: true }), `trial ${trial} (${delay} ms)`).toBe('ok');
      expect(db.prepare(`SELECT count(*) FROM sources WHERE state <> 'complete'`).pluck().get()).toBe(0);
      const sources = db.prepare(`SELECT events FROM sources ORDER BY id`).pluck().all() as number[];
      if (sources.length === 1) {
        expect(fingerprint(db), `trial ${trial} (${delay} ms): killed, so the profile must be exactly as before`).toBe(before);
        outcomes.untouched++;
      } else {
        expect(sources.length).toBe(2);
        expect(sources[1], `trial ${trial}: a complete import has all its events`).toBe(expected.events);
        outcomes.complete++;
      }
      db.close();
    }
    console.log(`kill trials: ${JSON.stringify(outcomes)}, import span ${span} ms`);
    expect(outcomes.untouched + outcomes.complete).toBe(8);
  }, 240_000);
});
