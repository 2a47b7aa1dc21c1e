/**
 * Entry of an import's reader thread when run from source (tests, the bench under tsx). The
 * built app starts the same code through the import worker bundle (worker.ts, role `reader`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runReader } from './reader-main';
import type { ReaderJob } from './reader-protocol';

if (!parentPort) throw new Error('the import reader started outside a worker thread');
void runReader(parentPort, workerData as ReaderJob);
