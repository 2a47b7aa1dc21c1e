/** The profile database used when a command gets no --db: the app's own data folder. */
import { homedir } from 'node:os';
import { defaultDbPath } from '../core/profile-path';

export function defaultDbFromEnv(): string {
  return defaultDbPath({ platform: process.platform, env: process.env, homedir: homedir() });
}
