/**
 * Profiles through the real core (createCore, schema gate, real SQLite files, the built persona
 * zips): create two, load a persona into one, switch, the lists show the right counts, a switch
 * is refused while an import runs, and erasing leaves nothing — checked by listing the folders.
 * Also `profile.erase` from the app path: no database, -wal, -shm, uploads or tmp remain; and over
 * serve's real sockets, an upload after a switch lands in (and leaves) the open profile's uploads/.
 *
 * Needs the personas built (`npm run build`, or `npx tsx scripts/build-sample.ts`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/api';
import { createCore } from '../../../electron/core/api/core';
import type { Core } from '../../../electron/core/api/types';
import { PERSONAS } from '../../../electron/core/personas/catalogue';
import { personaPaths } from '../../../electron/core/personas/paths';
import { defaultResourcesDir } from '../../../electron/core/resources';
import { startServer } from '../../../electron/core/serve/server';
import { writeTikTokZip } from '../../fixtures/generators/tiktok';
import { send } from '../../unit/shell/http-client';
import { tempDir } from '../helpers';
import { listAll } from '../helpers/list-folder';

const resourcesDir = defaultResourcesDir();
const built = PERSONAS.every((p) => {
  try {
    personaPaths(resourcesDir, p.id);
    return true;
  } catch {
    return false;
  }
});
if (!built) console.warn('profiles.test: SKIPPED, the personas are not built (npm run build).');

function done(core: Core, jobId: string): Promise<ImportResult> {
  return new Promise((resolve) => {
    const off = core.events.on('import.done', (r) => {
      if (r.jobId === jobId) {
        off();
        resolve(r);
      }
    });
  });
}

let open: Core | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function coreIn(profilesDir: string, name: string, tempName = 'uploads'): Promise<Core> {
  const dbPath = join(profilesDir, name, 'whereabouts.db');
  open = await createCore({ dbPath, profilesDir, transport: 'serve', tempDir: join(profilesDir, name, tempName), inProcess: true, resourcesDir });
  return open;
}

describe.skipIf(!built)('profiles in the core', () => {
  it('create two, load a persona into one, switch, count, erase: nothing left', async () => {
    const profilesDir = join(tempDir('wa-prof-'), 'profiles');
    const core = await coreIn(profilesDir, 'default');
    const h = core.handlers;

    expect(await h['profiles.list']({})).toEqual({
      current: 'default', switchable: true,
      profiles: [{ name: 'default', current: true, dbBytes: expect.any(Number), sources: 0, events: 0, syntheticOnly: false }],
    });
    await h['profiles.create']({ name: 'anna' });
    const both = await h['profiles.create']({ name: 'ben' });
    expect(both.profiles.map((p) => p.name)).toEqual(['anna', 'ben', 'default']);
    await expect(h['profiles.create']({ name: 'ben' })).rejects.toMatchObject({ code: 'bad-request', message: 'A profile named "ben" already exists.' });
    mkdirSync(join(profilesDir, 'notes'));
    await expect(h['profiles.create']({ name: 'notes' })).rejects.toMatchObject({ code: 'bad-request', message: 'The profiles folder already has a folder named "notes" that is not a profile; choose another name.' });
    expect((await h['profiles.list']({})).profiles.map((p) => p.name)).toEqual(['anna', 'ben', 'default']);
    // Names that would climb out of the profiles folder never become paths.
    for (const name of ['../x', 'a/b', '..', 'Anna', '', '-x', 'a'.repeat(41)]) {
      await expect(h['profiles.create']({ name })).rejects.toMatchObject({ code: 'bad-request' });
      await expect(h['profiles.switch']({ name })).rejects.toMatchObject({ code: 'bad-request' });
    }

    // Load Noah into anna.
    const anna = await h['profiles.switch']({ name: 'anna' });
    expect(anna).toMatchObject({ profile: 'anna', sources: 0, dbPath: join(profilesDir, 'anna', 'whereabouts.db') });
    const { jobId } = await h['import.persona']({ id: 'teen-tiktok' });
    // A switch waits for no import: it is refused, and the import goes on in anna.
    await expect(h['profiles.switch']({ name: 'ben' })).rejects.toMatchObject({ code: 'busy' });
    await expect(h['profiles.erase']({ name: 'anna', confirm: 'erase everything' })).rejects.toMatchObject({ code: 'busy' });
    const result = await done(core, jobId);
    expect(result.status).toBe('imported');
    const sources = await h['sources.list']({});
    expect(sources.map((s) => [s.platform, s.synthetic])).toEqual([['tiktok', true]]);
    const annaInfo = await h['profile.info']({});
    // Claims being tested or a report being written hold the profile too.
    const building = h['report.build']({ claims: [{ template: 'no-datacenter-logins' }], format: 'json' });
    await expect(h['profiles.switch']({ name: 'ben' })).rejects.toMatchObject({ code: 'busy', message: expect.stringMatching(/report/) });
    expect((await building).filename).toMatch(/\.json$/);
    expect(annaInfo.events).toBeGreaterThan(0);

    // Back to ben: empty; the list counts anna's data from its file.
    expect(await h['profiles.switch']({ name: 'ben' })).toMatchObject({ profile: 'ben', sources: 0, events: 0 });
    expect(await h['sources.list']({})).toEqual([]);
    const list = await h['profiles.list']({});
    expect(list.current).toBe('ben');
    expect(list.profiles.map(({ name, current, sources, events, syntheticOnly }) => ({ name, current, sources, events, syntheticOnly }))).toEqual([
      { name: 'anna', current: false, sources: 1, events: annaInfo.events, syntheticOnly: true },
      { name: 'ben', current: true, sources: 0, events: 0, syntheticOnly: false },
      { name: 'default', current: false, sources: 0, events: 0, syntheticOnly: false },
    ]);
    expect(list.profiles.find((p) => p.name === 'anna')!.dbBytes).toBeGreaterThan(0);
    // Listing leaves nothing in the profiles it read (no -wal/-shm of a read-only connection).
    expect(listAll(join(profilesDir, 'anna'))).toEqual(['whereabouts.db']);
    expect(listAll(join(profilesDir, 'default'))).toEqual(['whereabouts.db']);

    // Erase anna (not open): its folder is gone, nothing of it anywhere in the profiles folder.
    mkdirSync(join(profilesDir, 'anna', 'uploads', 'upload-abc'), { recursive: true });
    writeFileSync(join(profilesDir, 'anna', 'uploads', 'upload-abc', 'TikTok_Data.zip'), 'a private copy');
    const erased = await h['profiles.erase']({ name: 'anna', confirm: 'erase everything' });
    expect(erased.profiles.map((p) => p.name)).toEqual(['ben', 'default']);
    expect(erased.erased.kept).toEqual([]);
    expect(erased.erased.removed).toEqual(expect.arrayContaining([join(profilesDir, 'anna', 'whereabouts.db'), join(profilesDir, 'anna', 'uploads'), join(profilesDir, 'anna')]));
    expect(existsSync(join(profilesDir, 'anna'))).toBe(false);
    expect(listAll(profilesDir).filter((p) => p.startsWith('anna'))).toEqual([]);
    await expect(h['profiles.switch']({ name: 'anna' })).rejects.toMatchObject({ code: 'not-found' });

    // Erase the open one: empty and still current, its folder holding only a fresh database.
    const again = await h['profiles.erase']({ name: 'ben', confirm: 'erase everything' });
    expect(again.current).toBe('ben');
    expect(again.erased.removed).toContain(join(profilesDir, 'ben', 'whereabouts.db'));
    expect(listAll(join(profilesDir, 'ben')).filter((p) => !p.startsWith('whereabouts.db'))).toEqual([]);
  }, 120_000);

  it('profile.erase from the app path leaves no database, -wal, -shm, uploads or tmp', async () => {
    const profilesDir = join(tempDir('wa-prof-'), 'profiles');
    const folder = join(profilesDir, 'default');
    const core = await coreIn(profilesDir, 'default', 'tmp');
    const h = core.handlers;
    const r = await done(core, (await h['import.persona']({ id: 'takeover-facebook' })).jobId);
    expect(r.status).toBe('imported');
    for (const name of ['uploads', 'tmp']) {
      mkdirSync(join(folder, name), { recursive: true });
      const copy = mkdtempSync(join(folder, name, 'upload-'));
      writeFileSync(join(copy, 'facebook.zip'), 'a private copy');
    }
    // The database is open in WAL mode: -wal and -shm exist now.
    expect(listAll(folder)).toEqual(expect.arrayContaining(['whereabouts.db', 'whereabouts.db-wal', 'whereabouts.db-shm', 'uploads', 'tmp']));
    const { info, erased } = await h['profile.erase']({ confirm: 'erase everything' });
    expect(info).toMatchObject({ profile: 'default', sources: 0, events: 0 });
    expect(erased.kept).toEqual([]);
    // Closing the database first lets SQLite fold and remove its -wal/-shm; eraseProfile removes
    // whatever is still there (the database, any -wal/-shm/-journal, the upload copies, the folders).
    expect(erased.removed).toEqual(expect.arrayContaining([join(folder, 'whereabouts.db'), join(folder, 'uploads'), join(folder, 'tmp')]));
    // What is there now is only the fresh, empty database the core opened again: closed, one file.
    await core.close();
    open = null;
    expect(listAll(folder)).toEqual(['whereabouts.db']);
  }, 120_000);

  it('a database opened by its path is no profile: list empty, switching off', async () => {
    const dir = tempDir('wa-prof-');
    open = await createCore({ dbPath: join(dir, 'mine.db'), profilesDir: join(dir, 'profiles'), transport: 'serve', inProcess: true, resourcesDir });
    const h = open.handlers;
    expect(await h['profiles.list']({})).toEqual({ current: null, profiles: [], switchable: false });
    expect((await h['profile.info']({})).profile).toBeNull();
    await expect(h['profiles.create']({ name: 'anna' })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(h['profiles.switch']({ name: 'anna' })).rejects.toMatchObject({ code: 'unsupported' });
    expect(existsSync(join(dir, 'profiles'))).toBe(false);
  }, 60_000);

  it('serve: after a switch an upload lands in the open profile\'s uploads/, imports there and goes', async () => {
    const profilesDir = join(tempDir('wa-prof-'), 'profiles');
    const core = await coreIn(profilesDir, 'default');
    const staticDir = tempDir('wa-prof-static-');
    writeFileSync(join(staticDir, 'index.html'), '<div></div>');
    const srv = await startServer({ core, staticDir, uploadDir: () => core.currentTempDir?.() ?? join(profilesDir, 'default', 'uploads') });
    try {
      const auth = { Authorization: `Bearer ${srv.token}`, 'Content-Type': 'application/json' };
      const call = async (channel: string, body: unknown) => {
        const r = await send(srv.port, { method: 'POST', path: `/api/call/${channel}`, headers: auth, body: JSON.stringify(body) });
        return { status: r.status, value: JSON.parse(r.text) as Record<string, unknown> };
      };
      expect((await call('profiles.create', { name: 'anna' })).status).toBe(200);
      expect((await call('profiles.switch', { name: 'anna' })).value).toMatchObject({ profile: 'anna' });
      const zip = join(staticDir, 'TikTok_Data_1.zip');
      await writeTikTokZip(zip, { variant: 'json-2024', seed: 3 });
      const up = await send(srv.port, { method: 'POST', path: '/api/upload', headers: { Authorization: auth.Authorization, 'X-Filename': 'TikTok_Data_1.zip' }, body: readFileSync(zip) });
      expect(up.status).toBe(200);
      const path = (JSON.parse(up.text) as { path: string }).path;
      expect(path.startsWith(join(profilesDir, 'anna', 'uploads', 'upload-'))).toBe(true);
      const { jobId } = (await call('import.start', { paths: [path] })).value as { jobId: string };
      expect((await done(core, jobId)).status).toBe('imported');
      expect(existsSync(path)).toBe(false);
      expect((await call('profile.info', {})).value).toMatchObject({ profile: 'anna', sources: 1 });
      expect(listAll(join(profilesDir, 'default')).filter((p) => p.startsWith('uploads'))).toEqual([]);
    } finally {
      await srv.close();
    }
  }, 60_000);
});
