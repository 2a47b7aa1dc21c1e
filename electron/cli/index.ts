/**
 * CLI entry (bundled to out/main/cli.js; bin/whereabouts.js requires it). Node only: no electron.
 */
import { VERSION } from '../core/version';
import { processIo } from './command';
import { COMMANDS } from './commands';
import { runCli } from './run';

void runCli(process.argv.slice(2), { commands: COMMANDS, io: processIo, version: VERSION }).then((code) => {
  process.exitCode = code;
  // If a stray handle (a worker, a timer) would keep a finished command alive, exit anyway;
  // unref'd, so a clean process ends on its own before this fires.
  setTimeout(() => process.exit(code), 2000).unref();
});
