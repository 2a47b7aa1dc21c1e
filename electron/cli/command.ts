/** One CLI sub-command. `run` gets the arguments after the command name and returns an exit code. */
export interface Command {
  name: string;
  /** One line for `whereabouts --help`. */
  summary: string;
  /** Full usage text for `whereabouts <name> --help`. */
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Where a command writes; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
