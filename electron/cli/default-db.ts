/** The profile database used when a command gets no --db: the app's own data folder. */
import { homedir } from 'node:os';
import { defaultDbPath, profileDir } from '../core/profile-path';

const here = () => ({ platform: process.platform, env: process.env, homedir: homedir() });

export function defaultDbFromEnv(): string {
  return defaultDbPath(here());
}

/** `<appData>/profiles`: where the app and `--profile NAME` keep profiles (XDG_DATA_HOME honoured on Linux). */
export function profilesDirFromEnv(): string {
  return profileDir(here(), '').replace(/[\\/]+$/, '');
}

/** `<appData>/profiles/<name>/whereabouts.db` (the name must have been checked). */
export function profileDbFromEnv(name: string): string {
  return defaultDbPath(here(), name);
}

