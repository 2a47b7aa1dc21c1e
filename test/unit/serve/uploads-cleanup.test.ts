/**
 * Upload copies (private copies of someone's export) do not outlive their use: stale `upload-*`
 * folders are removed when serve starts; the app's names only, nothing else in the folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServeCommand, RUNNING_PREFIX } from '../../../electron/cli/serve-command';
import { removeUploads } from '../../../electron/core/api/uploads';
import { confineImportPaths, HandedOverPaths } from '../../../electron/core/api/import-paths';
import { ApiError } from '../../../shared/errors';
import { fakeCore } from '../shell/fake-core';

const tmp = mkdtempSync(join(tmpdir(), 'wa-upclean-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const past = new Date('2020-01-01T00:00:00Z');

function plant(uploads: string): void {
  mkdirSync(join(uploads, 'upload-old1'), { recursive: true });
  writeFileSync(join(uploads, 'upload-old1', 'TikTok.zip'), 'PK old');
  utimesSync(join(uploads, 'upload-old1'), past, past);
  writeFileSync(join(uploads, 'upload-old2'), 'a stray file with the prefix');
  utimesSync(join(uploads, 'upload-old2'), past, past);
  writeFileSync(join(uploads, 'my-notes.txt'), 'not the app\'s');
  utimesSync(join(uploads, 'my-notes.txt'), past, past);
}

describe('stale uploads', () => {
  it('serve removes upload-* older than its process when it starts, and keeps other names', async () => {
    const db = join(tmp, 'p1', 'w.db');
    const uploads = join(tmp, 'p1', 'uploads');
    plant(uploads);
    mkdirSync(join(uploads, 'upload-fresh'));
    writeFileSync(join(uploads, 'upload-fresh', 'x.zip'), 'PK new');
    const staticDir = join(tmp, 'renderer');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '');
    const out: string[] = [];
    let stop: (s: string) => void = () => undefined;
    const cmd = createServeCommand({
      createCore: async () => fakeCore(),
      io: { out: (l) => out.push(l), err: () => undefined },
      staticDir,
      // upload-fresh was written after this (by "this process"); the planted ones long before.
      startedAt: Date.now() - 60_000,
      waitForStop: () => new Promise((r) => (stop = r)),
    });
    const done = cmd.run(['--db', db, '--no-open']);
    for (let i = 0; i < 500 && !out.some((l) => l.startsWith(RUNNING_PREFIX)); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(uploads).sort()).toEqual(['my-notes.txt', 'upload-fresh']);
    stop('SIGINT');
    expect(await done).toBe(0);
  });

  it('by default "older than the process" is this process\'s start time', async () => {
    const uploads = join(tmp, 'p2', 'uploads');
    plant(uploads);
    const staticDir = join(tmp, 'renderer');
    let stop: (s: string) => void = () => undefined;
    const out: string[] = [];
    const cmd = createServeCommand({
      createCore: async () => fakeCore(),
      io: { out: (l) => out.push(l), err: () => undefined },
      staticDir,
      waitForStop: () => new Promise((r) => (stop = r)),
    });
    const done = cmd.run(['--db', join(tmp, 'p2', 'w.db'), '--no-open']);
    for (let i = 0; i < 500 && !out.some((l) => l.startsWith(RUNNING_PREFIX)); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(uploads)).toEqual(['my-notes.txt']);
    stop('SIGINT');
    await done;
  });

  it('removeUploads without a time removes every upload-* (erase), and a missing folder is nothing', () => {
    const uploads = join(tmp, 'p3', 'uploads');
    plant(uploads);
    mkdirSync(join(uploads, 'upload-now'));
    expect(removeUploads(uploads).map((p) => p.slice(uploads.length + 1)).sort()).toEqual(['upload-now', 'upload-old1', 'upload-old2']);
    expect(readdirSync(uploads)).toEqual(['my-notes.txt']);
    expect(removeUploads(join(tmp, 'nowhere'))).toEqual([]);
  });
});

describe('paths handed over (the desktop picker, serve uploads)', () => {
  it('allows exactly the remembered paths, whatever their spelling, and names every refused entry', () => {
    const handed = new HandedOverPaths();
    handed.remember(['/home/a/export.zip', '/home/a/Takeout']);
    expect(handed.has('/home/a/./export.zip')).toBe(true);
    expect(handed.has('/home/a/x/../export.zip')).toBe(true);
    expect(handed.has('/home/a/Takeout')).toBe(true);
    expect(handed.has('/home/a/Takeout/../../b/secret.txt')).toBe(false);
    expect(handed.has('/home/a/.ssh/id_ed25519')).toBe(false);

    expect(() => confineImportPaths(['/home/a/export.zip'], (p) => handed.has(p), 'not chosen')).not.toThrow();
    let err: unknown;
    try {
      confineImportPaths(['/home/a/export.zip', '/etc/shadow', '/home/a/.ssh/id_ed25519'], (p) => handed.has(p), 'not a file you chose in this session');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('bad-request');
    expect((err as ApiError).detail?.issues).toEqual([
      { path: 'paths[1]', message: 'not a file you chose in this session' },
      { path: 'paths[2]', message: 'not a file you chose in this session' },
    ]);
    handed.forget(['/home/a/export.zip']);
    expect(handed.has('/home/a/export.zip')).toBe(false);
  });
});
