/**
 * The two ways to run an import job: in a worker thread (the app: keeps the UI's thread free)
 * or in this process (the CLI, which has nothing else to do, and unit tests, which run TS).
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Evidence } from '../analysis/evidence';
import { openDb } from '../store/db';
import type { ImportRunner } from './jobs';
import { runImport, type ImportOutcome } from './run-import';
import type { FromWorker, WorkerJob } from './worker-protocol';

export function inProcessRunner(dbPath: string, evidence: Evidence): ImportRunner {
  return async (spec, onProgress, signal) => {
    const db = openDb(dbPath);
    try {
      return await runImport({ db, paths: spec.paths, enricher: evidence.enricher, analyse: evidence.analyse, onProgress, signal });
    } finally {
      db.close();
    }
  };
}

export function workerRunner(workerFile: string, dbPath: string, resourcesDir?: string): ImportRunner {
  if (!existsSync(workerFile)) throw new Error(`import worker not found at ${workerFile}: run npm run build`);
  return (spec, onProgress, signal) =>
    new Promise<ImportOutcome>((resolve) => {
      const data: WorkerJob = { dbPath, paths: spec.paths, resourcesDir };
      const worker = new Worker(workerFile, { workerData: data });
      let settled = false;
      const finish = (o: ImportOutcome) => {
        if (settled) return;
        settled = true;
        resolve(o);
      };
      const onAbort = () => worker.postMessage({ type: 'cancel' });
      signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'progress') onProgress(m.progress);
        else finish(m.outcome);
      });
      worker.on('error', (err: Error) => finish({ status: 'failed', sourceIds: [], message: `import worker failed: ${err.message}`, file: null, member: null }));
      worker.on('exit', (code) => {
        signal.removeEventListener('abort', onAbort);
        finish({ status: 'failed', sourceIds: [], message: `import worker stopped unexpectedly (exit code ${code})`, file: null, member: null });
      });
    });
}
