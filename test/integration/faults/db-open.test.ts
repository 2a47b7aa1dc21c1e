/**
 * Opening a profile database that cannot be used: a newer database is refused before any byte of
 * it changes; a locked database (another process holding an exclusive lock), a read-only folder
 * and a file that is not a database are refused with a message naming the file and the cause.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors';
import { openDb } from '../../../electron/core/store/db';
import { SCHEMA_VERSION } from '../../../electron/core/store/schema';
import { mountTmpfs, type Mounted } from './tmpfs';

const dir = mkdtempSync(join(tmpdir(), 'wa-dbopen-'));
const mounts: Mounted[] = [];
afterAll(() => {
  for (const m of mounts) m.unmount();
  rmSync(dir, { recursive: true, force: true });
});

function refusal(f: () => unknown): ApiError {
  try {
    f();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw new Error(`expected an ApiError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected a refusal, but it opened');
}

describe('a database from a newer version', () => {
  it('is refused before any write: the file is byte-identical and no -wal appears', () => {
    const path = join(dir, 'newer.db');
    // Written the way a future build might leave it: rollback journal, a higher user_version.
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (a TEXT); INSERT INTO future VALUES (\'kept\');');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);

    const err = refusal(() => openDb(path));
    expect(err.code).toBe('db-newer');
    expect(err.message).toContain(path);
    expect(err.message).toContain(`schema ${SCHEMA_VERSION + 1}`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('a database another process holds', () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill();
  });

  it('is refused naming the file and the lock, after the busy wait', async () => {
    const path = join(dir, 'locked.db');
    openDb(path).close();
    // A separate OS process: an exclusive lock held by another program, not by this one.
    const script = `
      const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Database(${JSON.stringify(path)});
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      db.exec("INSERT INTO meta (key, value) VALUES ('held', 'yes')");
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);
    `;
    child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (d: Buffer) => {
        if (d.toString().includes('locked')) resolve();
      });
      child!.on('exit', (code) => reject(new Error(`lock holder exited ${code}`)));
    });
    const started = Date.now();
    const err = refusal(() => openDb(path, { busyTimeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err.code).toBe('db-unavailable');
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/locked by another program/);
  });
});

describe('a read-only database folder', () => {
  // Root ignores file modes, so as root the folder is a read-only filesystem instead.
  const ro = (): string | null => {
    const folder = join(dir, 'ro');
    mkdirSync(folder, { recursive: true });
    if (process.getuid?.() === 0) {
      const m = mountTmpfs(folder, '4m');
      if (m === null) return null;
      mounts.push(m);
      openDb(join(folder, 'p.db')).close();
      m.remount('ro');
      return folder;
    }
    openDb(join(folder, 'p.db')).close();
    rmSync(join(folder, 'p.db-wal'), { force: true });
    rmSync(join(folder, 'p.db-shm'), { force: true });
    chmodSync(folder, 0o555);
    return folder;
  };
  const folder = process.platform === 'win32' ? null : ro();

  it.skipIf(folder === null)(`is refused naming the file and "read-only"${folder === null ? ' (SKIPPED: cannot make a read-only folder here)' : ''}`, () => {
    const path = join(folder!, 'p.db');
    const err = refusal(() => openDb(path));
    expect(err.code).toBe('db-unavailable');
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/read-only|cannot be opened/);
  });

  it.skipIf(folder === null)('a new database in a read-only folder is refused naming the file', () => {
    const path = join(folder!, 'sub', 'new.db');
    const err = refusal(() => openDb(path));
    expect(err.code).toBe('db-unavailable');
    expect(err.message).toContain(path);
  });
});

describe('a file that is not a database', () => {
  it('is refused naming the file, and left as it was', () => {
    const path = join(dir, 'notes.db');
    const text = 'These are my notes, not a database.\n'.repeat(50);
    writeFileSync(path, text);
    const err = refusal(() => openDb(path));
    expect(err.code).toBe('db-unavailable');
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/not a Whereabouts profile database/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
