/**
 * Where a profile lives on disk, without Electron: the CLI (`serve`, `analyze`) and the Electron
 * main process must agree, so Electron's userData is set to `appDataDir()` too (electron/main).
 *
 *   Linux    $XDG_DATA_HOME/Whereabouts  (default ~/.local/share/Whereabouts): a database is
 *            data, not configuration, so this deliberately differs from Electron's ~/.config.
 *   macOS    ~/Library/Application Support/Whereabouts
 *   Windows  %APPDATA%\Whereabouts  (default <home>\AppData\Roaming\Whereabouts)
 *
 * Pure: everything comes in as arguments, so every platform is testable on any platform.
 */
import { posix, win32 } from 'node:path';

export const APP_DIR_NAME = 'Whereabouts';
export const DB_FILE_NAME = 'whereabouts.db';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

export function appDataDir({ platform, env, homedir }: PlatformInfo): string {
  if (platform === 'win32') {
    const appData = env.APPDATA;
    return win32.join(appData !== undefined && win32.isAbsolute(appData) ? appData : win32.join(homedir, 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', APP_DIR_NAME);
  // XDG: a relative value is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return posix.join(xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.local', 'share'), APP_DIR_NAME);
}

export function profileDir(info: PlatformInfo, profile = 'default'): string {
  return (info.platform === 'win32' ? win32 : posix).join(appDataDir(info), 'profiles', profile);
}

export function defaultDbPath(info: PlatformInfo, profile = 'default'): string {
  return (info.platform === 'win32' ? win32 : posix).join(profileDir(info, profile), DB_FILE_NAME);
}
