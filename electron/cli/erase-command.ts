/**
 * `whereabouts erase [--db PATH | --profile NAME] --yes`: removes the profile database, its
 * -wal/-shm/-journal and the uploads and temp copies the app wrote beside it
 * (core/erase/erase-profile.ts). Without --yes it only lists what it would remove. Close the app
 * and any `serve` on this profile first. `whereabouts profile erase NAME` runs the same steps.
 */
import { eraseProfile, checkProfileDatabase, NotAProfileError, planErase, type EraseOptions } from '../core/erase/erase-profile';
import { ArgsError, boolOpt, parseArgs } from './args';
import { processIo, type CliIo, type Command } from './command';
import { dbOrDefault, PROFILE_HELP, PROFILE_OPTION } from './profile-option';

export const ERASE_USAGE = `Usage: whereabouts erase [--db PATH | --profile NAME] --yes

Removes a profile so nothing of it stays on this computer: the database and its -wal, -shm and
-journal files, and the uploads and temporary copies Whereabouts wrote into the profile folder.
Files in that folder that Whereabouts did not write are left alone and listed. Close the app (and
any whereabouts serve on this profile) first.

  --db PATH   profile database (default: the app's data folder)
${PROFILE_HELP}
  --yes       really erase; without it, only list what would be removed

Exit codes: 0 erased (or nothing to erase); 1 refused (no --yes, or PATH is not a Whereabouts
database); 2 usage error.`;

/** Lists (without `yes`) or erases the profile at dbPath; the exit code. Shared with `profile erase`. */
export function eraseAt(dbPath: string, yes: boolean, io: CliIo, o: EraseOptions = {}): number {
  try {
    checkProfileDatabase(dbPath);
  } catch (err) {
    if (err instanceof NotAProfileError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
  if (!yes) {
    const plan = planErase(dbPath, o);
    io.err(plan.remove.length === 0 ? `Nothing to erase for ${dbPath}.` : `This would remove:\n  ${plan.remove.join('\n  ')}`);
    io.err('Nothing was removed: run again with --yes to erase.');
    return 1;
  }
  const result = eraseProfile(dbPath, o);
  io.out(result.removed.length === 0 ? `Nothing to erase for ${dbPath}.` : `Erased ${result.removed.length} item(s):\n  ${result.removed.join('\n  ')}`);
  if (result.kept.length > 0) io.out(`Left alone (not written by Whereabouts):\n  ${result.kept.join('\n  ')}`);
  return 0;
}

export function createEraseCommand(io: CliIo = processIo): Command {
  return {
    name: 'erase',
    summary: 'Erase a profile: the database, its -wal/-shm, uploads and temp files (needs --yes)',
    usage: ERASE_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { db: { type: 'string' }, yes: { type: 'boolean' }, ...PROFILE_OPTION });
      if (args.positionals.length > 0) throw new ArgsError(`Unexpected argument "${args.positionals[0]}".`);
      const { dbPath, profilesDir } = dbOrDefault(args);
      // An app profile's own folder goes too when nothing else is left in it.
      return eraseAt(dbPath, boolOpt(args, 'yes', false), io, profilesDir === undefined ? {} : { ownFolder: true });
    },
  };
}
