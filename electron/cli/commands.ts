/**
 * The CLI's command table. Adding a command = its import + one entry in COMMANDS
 * (e.g. `analyzeCommand`, `reportCommand`, `verifyCommand`, each a `Command` from ./command).
 */
import { createCore } from '../core/api/core';
import type { Command } from './command';
import { createAnalyzeCommand } from './analyze-command';
import { createReportCommand } from './report-command';
import { createServeCommand } from './serve-command';
import { createShapeCommand } from './shape-command';
import { createPersonaCommand } from './persona-command';
import { createEraseCommand } from './erase-command';
import { createAggregateCommand } from './aggregate-command';
import { createLetterCommand } from './letter-command';
import { createProfileCommand } from './profile-command';
import { createVerifyCommand } from './verify-command';

export const COMMANDS: readonly Command[] = [
  createAnalyzeCommand(),
  createReportCommand(),
  createVerifyCommand(),
  createServeCommand({ createCore }),
  createShapeCommand(),
  createPersonaCommand(),
  createEraseCommand(),
  createAggregateCommand(),
  createLetterCommand(),
  createProfileCommand(),
];
