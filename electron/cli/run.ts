/** The CLI frame: --help, --version, per-command --help, dispatch and exit codes. */
import { ArgsError } from './args';
import type { CliIo, Command } from './command';
import { printCommandError } from './error-output';

export interface CliContext {
  commands: readonly Command[];
  io: CliIo;
  version: string;
}

/** Exit codes: 0 ok, 1 failure, 2 usage error (unknown command or option). */
export function helpText(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `Whereabouts ${version}: see who accessed your account and where your data was served from,`,
    'from the data export a platform gave you. Entirely offline.',
    '',
    'Usage: whereabouts <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     show this help (or `whereabouts <command> --help`)',
    '  --version, -v  print the version',
  ].join('\n');
}

function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const opts = end === -1 ? argv : argv.slice(0, end);
  return opts.includes('--help') || opts.includes('-h');
}

export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    ctx.io.out(helpText(ctx.commands, ctx.version));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    ctx.io.out(ctx.version);
    return 0;
  }
  const find = (name: string | undefined): Command | undefined => ctx.commands.find((c) => c.name === name);
  if (first === 'help') {
    const cmd = find(rest[0]);
    ctx.io.out(cmd ? cmd.usage : helpText(ctx.commands, ctx.version));
    return 0;
  }
  const cmd = find(first);
  if (!cmd) {
    ctx.io.err(`Unknown command "${first}". Run \`whereabouts --help\` to see the commands.`);
    return 2;
  }
  if (wantsHelp(rest)) {
    ctx.io.out(cmd.usage);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof ArgsError) {
      ctx.io.err(`whereabouts ${cmd.name}: ${err.message}`);
      ctx.io.err(`Run \`whereabouts ${cmd.name} --help\` for usage.`);
      return 2;
    }
    printCommandError(ctx.io, cmd.name, rest, err);
    return 1;
  }
}
