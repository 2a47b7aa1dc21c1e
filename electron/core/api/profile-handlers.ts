/**
 * `profiles.*`: list, create, switch and erase profiles (`<profiles folder>/<name>/whereabouts.db`).
 * The core (core.ts) owns the open profile; these handlers ask it to switch or erase the current
 * one and work on the others' files directly. A database opened with an explicit path outside a
 * profiles folder has no profiles: the list is empty and not switchable, the others refuse.
 */
import { existsSync } from 'node:fs';
import type { EraseOutcome, ProfileInfo, ProfilesList } from '../../../shared/api';
import { eraseProfile } from '../erase/erase-profile';
import type { Db } from '../store/db';
import { createProfile, listProfileEntries, profileDbPath, type ProfilesRoot } from './profiles';
import { ApiError, type Handlers } from './types';
import type { ProfilesChannel } from './handlers';

export interface ProfileHandlerDeps {
  root(): ProfilesRoot | null;
  db(): Db;
  /** Closes the current profile and opens `name` (refused while busy). */
  switchTo(name: string): Promise<ProfileInfo>;
  /** profile.erase of the current profile (refused while busy). */
  eraseCurrent(): Promise<EraseOutcome>;
}

const NO_PROFILES = 'This database was opened by its path, not as a profile (serve --db, analyze --db): there are no profiles to manage. Start without --db, or with --profile NAME.';

export function createProfileHandlers(d: ProfileHandlerDeps): Pick<Handlers, ProfilesChannel> {
  const list = (): ProfilesList => {
    const root = d.root();
    if (root === null) return { current: null, profiles: [], switchable: false };
    return { current: root.current, profiles: listProfileEntries(root, d.db()), switchable: true };
  };
  const needRoot = (): ProfilesRoot => {
    const root = d.root();
    if (root === null) throw new ApiError('unsupported', NO_PROFILES);
    return root;
  };
  const existing = (root: ProfilesRoot, name: string): string => {
    const dbPath = profileDbPath(root.dir, name);
    if (!existsSync(dbPath)) throw new ApiError('not-found', `No profile named "${name}".`);
    return dbPath;
  };
  return {
    'profiles.list': async () => list(),
    'profiles.create': async (req) => {
      createProfile(needRoot().dir, req.name);
      return list();
    },
    'profiles.switch': async (req) => {
      existing(needRoot(), req.name);
      return d.switchTo(req.name);
    },
    'profiles.erase': async (req) => {
      const root = needRoot();
      if (req.name === root.current) return { ...list(), erased: await d.eraseCurrent() };
      // Another profile is not open in this process: its files go as they are.
      const erased = eraseProfile(existing(root, req.name), { ownFolder: true });
      return { ...list(), erased };
    },
  };
}
