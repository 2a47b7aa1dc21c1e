/**
 * `whereabouts erase [--db PATH] --yes`: removes the profile database, its -wal/-shm/-journal and
 * the uploads and temp copies the app wrote beside it (core/erase/erase-profile.ts). Without
 * --yes it only lists what it would remove. Close the app and any `serve` on this profile first.
 */
import { resolve } from 'node:path';
import { eraseProfile, checkProfileDatabase, NotAProfileError, planErase } from '../core/erase/erase-profile';
import { ArgsError, boolOpt, parseArgs, stringOpt } from './args';
import { processIo, type CliIo, type Command } from './command';
import { defaultDbFromEnv } from './default-db';

export const ERASE_USAGE = `Usage: whereabouts erase [--db PATH] --yes

Removes a profile so nothing of it stays on this computer: the database and its -wal, -shm and
-journal files, and the uploads and temporary copies Whereabouts wrote into the profile folder.
Files in that folder that Whereabouts did not write are left alone and listed. Close the app (and
any whereabouts serve on this profile) first.

  --db PATH   profile database (default: the app's data folder)
  --yes       really erase; without it, only list what would be removed

Exit codes: 0 erased (or nothing to erase); 1 refused (no --yes, or PATH is not a Whereabouts
database); 2 usage error.`;

export function createEraseCommand(io: CliIo = processIo): Command {
  return {
    name: 'erase',
    summary: 'Erase a profile: the database, its -wal/-shm, uploads and temp files (needs --yes)',
    usage: ERASE_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { db: { type: 'string' }, yes: { type: 'boolean' } });
      if (args.positionals.length > 0) throw new ArgsError(`Unexpected argument "${args.positionals[0]}".`);
      const dbPath = resolve(stringOpt(args, 'db') ?? defaultDbFromEnv());
      try {
        checkProfileDatabase(dbPath);
      } catch (err) {
        if (err instanceof NotAProfileError) {
          io.err(err.message);
          return 1;
        }
        throw err;
      }
      if (!boolOpt(args, 'yes', false)) {
        const plan = planErase(dbPath);
        io.err(plan.remove.length === 0 ? `Nothing to erase for ${dbPath}.` : `This would remove:\n  ${plan.remove.join('\n  ')}`);
        io.err('Nothing was removed: run again with --yes to erase.');
        return 1;
      }
      const result = eraseProfile(dbPath);
      io.out(result.removed.length === 0 ? `Nothing to erase for ${dbPath}.` : `Erased ${result.removed.length} item(s):\n  ${result.removed.join('\n  ')}`);
      if (result.kept.length > 0) io.out(`Left alone (not written by Whereabouts):\n  ${result.kept.join('\n  ')}`);
      return 0;
    },
  };
}
