/**
 * Where the Electron app finds and keeps things. Pure: index.ts passes in what Electron knows.
 *   userData   = appDataDir() from core/profile-path.ts, the same folder the CLI uses
 *   database   = <userData>/profiles/default/whereabouts.db (profiles.switch opens <userData>/profiles/<name>/…)
 *   temp       = <profile folder>/tmp (erase-profile.ts removes its upload-* copies)
 *   resources  = packaged: <process.resourcesPath>/generated (electron-builder extraResources);
 *                dev/preview: <project>/resources/generated
 *   renderer   = out/renderer, preload = out/preload/index.js (both beside out/main)
 *   core       = out/main/core-host.js, the core process entry (utilityProcess.fork)
 */
import { dirname, join, relative } from 'node:path';
import { DB_FILE_NAME } from '../core/profile-path';

export interface AppPathsInput {
  packaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getAppPath(): the project root in dev/preview. */
  appPath: string;
  /** app.getPath('userData') */
  userData: string;
  /** __dirname of the main bundle (out/main). */
  mainDir: string;
}

export interface AppPaths {
  dbPath: string;
  resourcesDir: string;
  rendererDir: string;
  preloadPath: string;
  tempDir: string;
  /** `<userData>/profiles`: the core can create, switch and erase the profiles in it. */
  profilesDir: string;
  coreEntry: string;
}

export function appPaths(i: AppPathsInput): AppPaths {
  const profile = join(i.userData, 'profiles', 'default');
  return {
    dbPath: join(profile, DB_FILE_NAME),
    resourcesDir: i.packaged ? join(i.resourcesPath, 'generated') : join(i.appPath, 'resources', 'generated'),
    rendererDir: join(i.mainDir, '..', 'renderer'),
    preloadPath: join(i.mainDir, '..', 'preload', 'index.js'),
    tempDir: join(profile, 'tmp'),
    profilesDir: join(i.userData, 'profiles'),
    coreEntry: join(i.mainDir, 'core-host.js'),
  };
}

/** The temp folder of another profile: the same place inside its profile folder (tmp/). */
export function followingTempDir(dbPath: string, tempDir: string, otherDbPath: string): string {
  const rel = relative(dirname(dbPath), tempDir);
  return rel === '' || rel.startsWith('..') ? tempDir : join(dirname(otherDbPath), rel);
}
