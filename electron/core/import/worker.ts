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
import { runReader } from './reader-main';
import type { ReaderJob } from './reader-protocol';

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

// The same bundle is also an import's reader thread (reader-main.ts), started by the thread
// that writes (reader-thread.ts), so the build needs no second worker entry.
if ((workerData as { role?: string } | null)?.role === 'reader') {
  if (!parentPort) throw new Error('the import reader started outside a worker thread');
  void runReader(parentPort, workerData as ReaderJob);
} else {
  void main();
}
