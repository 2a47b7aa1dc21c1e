/**
 * `whereabouts shape <export>... [--out FILE]`: the structure of an export — member paths, key
 * trees, value types, date patterns, platform hosts — with no values, in the format of the real
 * layouts (docs/shape.md), for a bug report. Reads the archive only; no database.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { shapeExports } from '../core/shape/shape-export';
import { ArgsError, parseArgs, stringOpt } from './args';
import { processIo, type CliIo, type Command } from './command';
import { groupExportPaths } from './group-paths';

export const SHAPE_USAGE = `Usage: whereabouts shape <export.zip | folder | part-001.zip part-002.zip>... [--out FILE]

Prints the structure of an export, without any of its values: every file's path and size, the
key tree of JSON and X .js files (\`?\` marks keys only some records have), value types (\`<int>\`,
\`"<YYYY-MM-DD hh:mm:ss>"\`, \`"<ipv4>"\`, \`"<string len 12>"\`, \`"<url host=www.tiktokv.com
path-segments=3>"\` — hosts other than the platforms' are \`other\`), the labels of TXT files and
the columns of CSV files. Names, messages, addresses and the like never appear. Attach it to a
bug report when an export is not read right. Format: docs/shape.md.

  --out FILE  write to FILE instead of the terminal

Exit codes: 0 done; 1 an export could not be opened (some files unreadable is still 0: they are
marked "unreadable:" in the text); 2 usage error.`;

export function createShapeCommand(io: CliIo = processIo): Command {
  return {
    name: 'shape',
    summary: 'Print the structure of an export, without its values, for a bug report',
    usage: SHAPE_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { out: { type: 'string' } });
      const paths = args.positionals.map((p) => resolve(p));
      if (paths.length === 0) throw new ArgsError('Give at least one export (a .zip, a folder, or the parts of a split export).');
      const outPath = stringOpt(args, 'out');
      const fd = outPath === undefined ? undefined : openSync(resolve(outPath), 'w');
      try {
        // Blocks are written as they are ready, so a large export's text is never held whole.
        const write = fd === undefined ? (block: string) => io.out(block.replace(/\n$/, '')) : (block: string) => void writeSync(fd, block);
        const summary = await shapeExports(groupExportPaths(paths), write);
        const files = `${summary.members} file${summary.members === 1 ? '' : 's'}`;
        if (outPath !== undefined) io.err(`${files} described in ${outPath}${summary.unreadable ? ` (${summary.unreadable} unreadable)` : ''}.`);
        return 0;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
  };
}
