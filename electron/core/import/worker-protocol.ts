/** Messages between the core and the import worker thread. */
import type { ImportOutcome, ProgressUpdate } from './run-import';

export interface WorkerJob {
  dbPath: string;
  paths: string[];
  resourcesDir?: string;
}

export type ToWorker = { type: 'cancel' };
export type FromWorker = { type: 'progress'; progress: ProgressUpdate } | { type: 'done'; outcome: ImportOutcome };
