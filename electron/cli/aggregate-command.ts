/**
 * `whereabouts aggregate --db PATH --k N --out FILE [--include-synthetic]` writes one participant's
 * k-anonymous summary; `whereabouts aggregate merge A B … --out FILE` sums summaries into a group
 * view. Files move by USB stick; nothing here touches a network. Rules: core/aggregate/build.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { mergeSummaries, participantSummary } from '../core/aggregate/build';
import { collectCells } from '../core/aggregate/collect';
import { AggregateFormatError, parseAggregate, type AggregateFile } from '../core/aggregate/format';
import { openDb } from '../core/store/db';
import { ArgsError, boolOpt, intOpt, parseArgs, stringOpt } from './args';
import { processIo, type CliIo, type Command } from './command';
import { dbOrDefault, PROFILE_OPTION } from './profile-option';

export const AGGREGATE_USAGE = `Usage: whereabouts aggregate [--db PATH | --profile NAME] --k N --out FILE [--include-synthetic]
       whereabouts aggregate merge A.json B.json … --out FILE [--k N]

Writes a k-anonymous summary of a profile for a workshop's group view: counts per sign-in country,
sign-in network kind, served-from host owner and platform — no address, device, handle or text.
A value is kept only when at least k of this person's records have it; a merge keeps a value only
when at least k participants have it. Withheld values are counted per dimension, never named.
Merge every participant's file in one run: what an input withheld cannot come back.

  --db PATH             profile database (default: the app's data folder)
  --profile NAME        the app's profile NAME (whereabouts profile list)
  --k N                 the threshold (at least 1; 5 or more for a real group)
  --out FILE            where to write the JSON summary
  --include-synthetic   count persona and sample sources too (marked "synthetic": true)

Exit codes: 0 written; 1 nothing to summarise or a summary refused (format, version, k); 2 usage error.`;

function write(out: string, file: AggregateFile, io: CliIo): void {
  const target = resolve(out);
  writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  const withheld = file.suppressed.map((s) => `${s.dimension} ${s.cells}`).join(', ');
  io.out(`Wrote ${target}: ${file.participants} participant(s), ${file.cells.length} cell(s) at k = ${file.k}; withheld here: ${withheld}.`);
}

export function createAggregateCommand(io: CliIo = processIo): Command {
  return {
    name: 'aggregate',
    summary: 'Write a k-anonymous group summary of a profile, or merge summaries (no server needed)',
    usage: AGGREGATE_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { db: { type: 'string' }, k: { type: 'string' }, out: { type: 'string', short: 'o' }, 'include-synthetic': { type: 'boolean' }, ...PROFILE_OPTION });
      const out = stringOpt(args, 'out');
      if (out === undefined) throw new ArgsError('Give --out FILE for the summary.');
      const k = intOpt(args, 'k', 1, 1_000_000);
      const [sub, ...inputs] = args.positionals;
      try {
        if (sub === 'merge') {
          if (stringOpt(args, 'db') !== undefined || stringOpt(args, 'profile') !== undefined || boolOpt(args, 'include-synthetic', false)) throw new ArgsError('merge reads summary files; --db, --profile and --include-synthetic belong to making one.');
          if (inputs.length < 2) throw new ArgsError('Give at least two summary files to merge.');
          const files = inputs.map((p) => {
            let text: string;
            try {
              text = readFileSync(resolve(p), 'utf8');
            } catch (err) {
              throw new AggregateFormatError(`${basename(p)}: cannot read it (${err instanceof Error ? err.message : String(err)}).`);
            }
            return { label: basename(p), file: parseAggregate(text, basename(p)) };
          });
          const mismatch = k === undefined ? undefined : files.find((f) => f.file.k !== k);
          if (mismatch) throw new AggregateFormatError(`${mismatch.label} was made with k = ${mismatch.file.k}, not the --k ${k} asked for.`);
          write(out, mergeSummaries(files), io);
          return 0;
        }
        if (sub !== undefined) throw new ArgsError(`Unexpected argument "${sub}" (the only sub-command is merge).`);
        if (k === undefined) throw new ArgsError('Give --k N, the smallest count a value needs to be written.');
        const { dbPath } = dbOrDefault(args);
        if (!existsSync(dbPath)) {
          io.err(`No profile database at ${dbPath}.`);
          return 1;
        }
        const db = openDb(dbPath);
        try {
          const collected = collectCells(db, boolOpt(args, 'include-synthetic', false));
          if (collected.sources === 0) {
            io.err('This profile has no exports to summarise' + (boolOpt(args, 'include-synthetic', false) ? '.' : ' (persona and sample sources count only with --include-synthetic).'));
            return 1;
          }
          write(out, participantSummary(collected.cells, k, collected.synthetic), io);
          return 0;
        } finally {
          db.close();
        }
      } catch (err) {
        if (err instanceof AggregateFormatError) {
          io.err(err.message);
          return 1;
        }
        throw err;
      }
    },
  };
}
