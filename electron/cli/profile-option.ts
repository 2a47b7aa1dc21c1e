/**
 * `--profile NAME` beside `--db PATH`: which profile database a command works on.
 *
 *   --db PATH       that file; not a profile (the app's profile switching is off for it)
 *   --profile NAME  <appData>/profiles/NAME/whereabouts.db, the app's own profile NAME
 *   neither         the command's default (the profile "default" for most)
 *
 * Names are checked before a path is made of them: `--profile ../x` is a usage error.
 */
import { resolve } from 'node:path';
import { isProfileName } from '../core/api/profiles';
import { ArgsError, stringOpt, type ParsedArgs } from './args';
import { profileDbFromEnv, profilesDirFromEnv } from './default-db';

export const PROFILE_OPTION = { profile: { type: 'string' } } as const;

export const PROFILE_HELP = '  --profile NAME  use the app\'s profile NAME (whereabouts profile list); not with --db';

export function checkedProfileName(name: string): string {
  if (!isProfileName(name)) throw new ArgsError(`"${name}" is not a profile name: lower-case letters, digits and dashes, up to 40, starting with a letter or digit.`);
  return name;
}

export interface DbChoice {
  dbPath: string;
  /** Set when the database is an app profile (so the core can list and switch profiles). */
  profilesDir: string | undefined;
}

/** The --db or --profile given (never both); undefined when neither was. */
export function chosenDb(args: ParsedArgs): DbChoice | undefined {
  const db = stringOpt(args, 'db');
  const profile = stringOpt(args, 'profile');
  if (db !== undefined && profile !== undefined) throw new ArgsError('Give --db PATH or --profile NAME, not both.');
  if (db !== undefined) return { dbPath: resolve(db), profilesDir: undefined };
  if (profile !== undefined) return { dbPath: profileDbFromEnv(checkedProfileName(profile)), profilesDir: profilesDirFromEnv() };
  return undefined;
}

/** --db, --profile, or the app's profile "default". */
export function dbOrDefault(args: ParsedArgs): DbChoice {
  return chosenDb(args) ?? { dbPath: profileDbFromEnv('default'), profilesDir: profilesDirFromEnv() };
}
