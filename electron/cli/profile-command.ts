/**
 * `whereabouts profile list [--json] | create NAME | erase NAME [--yes]`: the app's profiles
 * (`<appData>/profiles/<name>/whereabouts.db`, one database each). A facilitator prepares one per
 * participant (`create`), loads each (`analyze --profile NAME --persona ID`, or the app) and
 * erases each afterwards (`erase`, the same steps and listing as `whereabouts erase`).
 */
import { join } from 'node:path';
import { createProfile, profileNames, readProfileEntry } from '../core/api/profiles';
import { ApiError } from '../../shared/errors';
import { DB_FILE_NAME } from '../core/profile-path';
import { existsSync } from 'node:fs';
import { ArgsError, boolOpt, parseArgs } from './args';
import { processIo, type CliIo, type Command } from './command';
import { profilesDirFromEnv } from './default-db';
import { eraseAt } from './erase-command';
import { checkedProfileName } from './profile-option';

export const PROFILE_USAGE = `Usage: whereabouts profile list [--json]
       whereabouts profile create NAME
       whereabouts profile erase NAME [--yes]

The app's profiles, one database each, in its data folder (the same ones the desktop app and
whereabouts serve switch between). Names: lower-case letters, digits and dashes, up to 40.
Use one with --profile NAME in analyze, report, serve, erase, aggregate and letter.

  list     every profile with its size, sources and events
  create   a new, empty profile
  erase    remove a profile and everything Whereabouts wrote for it (lists it; needs --yes)
  --json   (list) print [{name, path, dbBytes, sources, events, syntheticOnly}]
  --yes    (erase) really erase

Exit codes: 0 done; 1 refused (exists, not found, no --yes); 2 usage error.`;

export function createProfileCommand(io: CliIo = processIo, profilesDir: () => string = profilesDirFromEnv): Command {
  return {
    name: 'profile',
    summary: 'List, create or erase the app\'s profiles (one database each)',
    usage: PROFILE_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { json: { type: 'boolean' }, yes: { type: 'boolean' } });
      const [sub, name, ...rest] = args.positionals;
      if (rest.length > 0) throw new ArgsError(`Unexpected argument "${rest[0]}".`);
      const dir = profilesDir();
      if (sub === 'list') {
        if (name !== undefined) throw new ArgsError(`Unexpected argument "${name}".`);
        const entries = profileNames(dir).map((n) => ({ path: join(dir, n, DB_FILE_NAME), ...readProfileEntry(dir, n) }));
        if (boolOpt(args, 'json', false)) {
          io.out(JSON.stringify(entries.map(({ name: n, path, dbBytes, sources, events, syntheticOnly }) => ({ name: n, path, dbBytes, sources, events, syntheticOnly })), null, 2));
          return 0;
        }
        if (entries.length === 0) io.out(`No profiles yet in ${dir}.`);
        for (const e of entries) {
          io.out(`${e.name}  ${e.sources} source(s), ${e.events} event(s), ${e.dbBytes} bytes${e.syntheticOnly ? ', sample data only' : ''}`);
        }
        return 0;
      }
      if (sub !== 'create' && sub !== 'erase') {
        throw new ArgsError(sub === undefined ? 'Say what to do: list, create NAME or erase NAME.' : `Unknown profile command "${sub}"; one of list, create, erase.`);
      }
      if (name === undefined) throw new ArgsError(`Name the profile: whereabouts profile ${sub} NAME.`);
      checkedProfileName(name);
      if (sub === 'create') {
        if (args.values.yes !== undefined || args.values.json !== undefined) throw new ArgsError('create takes only a name.');
        try {
          io.out(`Created profile "${name}": ${createProfile(dir, name)}`);
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          io.err(err.message);
          return 1;
        }
        return 0;
      }
      if (args.values.json !== undefined) throw new ArgsError('--json belongs to list.');
      const dbPath = join(dir, name, DB_FILE_NAME);
      if (!existsSync(dbPath)) {
        io.err(`No profile named "${name}" in ${dir}.`);
        return 1;
      }
      return eraseAt(dbPath, boolOpt(args, 'yes', false), io, { ownFolder: true });
    },
  };
}
