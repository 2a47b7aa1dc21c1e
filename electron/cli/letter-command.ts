/**
 * `whereabouts letter PLATFORM [--db PATH | --profile NAME] [--jurisdiction eu|us] [--out FILE]`: writes a
 * follow-up data-access request naming what that platform's export lacked in this profile
 * (coverage: missing files, unreadable files, uninterpreted data, a short sign-in history).
 * `--how` prints how to request the export instead. Plain text, meant to be edited.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLATFORMS, type Platform } from '../../shared/domain';
import { composeLetter, howToText } from '../core/letter/compose';
import { platformGaps, type PlatformGaps } from '../core/letter/gaps';
import { REQUEST_INFO } from '../core/letter/request-info';
import { openDb } from '../core/store/db';
import { ArgsError, boolOpt, parseArgs, stringOpt } from './args';
import { processIo, type CliIo, type Command } from './command';
import { chosenDb, PROFILE_OPTION } from './profile-option';

export const LETTER_USAGE = `Usage: whereabouts letter PLATFORM [--db PATH | --profile NAME] [--jurisdiction eu|us] [--out FILE]
       whereabouts letter PLATFORM --how

Writes a follow-up data-access request to PLATFORM (${PLATFORMS.join(', ')}): GDPR Article 15
(eu, the default) or the California Consumer Privacy Act's right to know (us). With --db it names
what that platform's exports in the profile lacked: files expected but missing, files that could
not be read, data that was not understood, a sign-in history that is absent or short.
Plain text: fill in the [brackets] and edit freely.

  --db PATH             profile whose coverage to use (without it: a general request)
  --profile NAME        the app's profile NAME, instead of --db
  --jurisdiction eu|us  which law to cite (default eu)
  --out FILE            write the letter there (default: print it)
  --how                 print how to request the export: where, what to choose, the wait, what to ask for`;

export function createLetterCommand(io: CliIo = processIo): Command {
  return {
    name: 'letter',
    summary: 'Write a follow-up data-access request (GDPR Art. 15 / CCPA) naming what an export lacked',
    usage: LETTER_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { db: { type: 'string' }, jurisdiction: { type: 'string' }, out: { type: 'string', short: 'o' }, how: { type: 'boolean' }, ...PROFILE_OPTION });
      const [name, ...rest] = args.positionals;
      if (name === undefined) throw new ArgsError(`Name the platform: ${PLATFORMS.join(', ')}.`);
      if (rest.length > 0) throw new ArgsError(`Unexpected argument "${rest[0]}".`);
      const platform = name.toLowerCase() as Platform;
      if (!PLATFORMS.includes(platform)) throw new ArgsError(`Unknown platform "${name}"; one of ${PLATFORMS.join(', ')}.`);
      const info = REQUEST_INFO[platform];
      if (boolOpt(args, 'how', false)) {
        io.out(howToText(info));
        return 0;
      }
      const j = stringOpt(args, 'jurisdiction') ?? 'eu';
      if (j !== 'eu' && j !== 'us') throw new ArgsError(`--jurisdiction must be eu or us, got "${j}".`);
      let gaps: PlatformGaps | null = null;
      const chosen = chosenDb(args);
      if (chosen !== undefined) {
        const { dbPath } = chosen;
        if (!existsSync(dbPath)) {
          io.err(`No profile database at ${dbPath}.`);
          return 1;
        }
        const db = openDb(dbPath);
        try {
          gaps = platformGaps(db, platform);
        } finally {
          db.close();
        }
        if (gaps.files.length === 0) io.err(`No ${info.label} export in this profile: writing a general request.`);
      }
      const text = composeLetter(info, gaps, j);
      const out = stringOpt(args, 'out');
      if (out === undefined) io.out(text);
      else {
        writeFileSync(resolve(out), text.endsWith('\n') ? text : `${text}\n`, 'utf8');
        io.err(`Wrote ${resolve(out)}: edit the [brackets] before sending.`);
      }
      return 0;
    },
  };
}
