import { termSafeLines } from './term-safe';

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
  /**
   * Long output in pieces, no line break added (analyze --json); resolves when the piece may be
   * followed (the stream drained). Without it, a command gathers the pieces and calls out once.
   */
  write?(text: string): Promise<void>;
}

/** Every line passes termSafeLines: export text never reaches the terminal as control characters. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${termSafeLines(line)}\n`),
  err: (line) => process.stderr.write(`${termSafeLines(line)}\n`),
  write: (text) =>
    new Promise<void>((resolve) => {
      if (process.stdout.write(termSafeLines(text))) resolve();
      else process.stdout.once('drain', resolve);
    }),
};
