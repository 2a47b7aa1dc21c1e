/**
 * Import worker thread entry: the heavy, synchronous SQLite writes of an import happen here, off
 * the Electron main thread and off the serve transport's event loop. It opens its own
 * connection (WAL lets the UI keep reading) and reports progress by message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEvidence } from '../analysis/evidence';
import { openDb } from '../store/db';
import { runImport } from './run-import';
import type { FromWorker, ToWorker, WorkerJob } from './worker-protocol';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('import worker started outside a worker thread');
  const job = workerData as WorkerJob;
  const controller = new AbortController();
  port.on('message', (m: ToWorker) => {
    if (m.type === 'cancel') controller.abort();
  });
  const post = (m: FromWorker) => port.postMessage(m);
  const db = openDb(job.dbPath);
  try {
    const evidence = loadEvidence(job.resourcesDir);
    const outcome = await runImport({
      db, paths: job.paths, enricher: evidence.enricher, analyse: evidence.analyse, signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'done', outcome });
  } catch (err) {
    post({ type: 'done', outcome: { status: 'failed', sourceIds: [], message: err instanceof Error ? err.message : String(err), file: null, member: null } });
  } finally {
    db.close();
  }
}

void main();
