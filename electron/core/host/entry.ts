/**
 * The core process entry (built to out/main/core-host.js). Electron main starts it with
 * `utilityProcess.fork`; tests and the bench start the same file with `child_process.fork`
 * (serialization 'advanced'). Here, and only here, the store, import, analysis, claims and report
 * code runs — never on the thread that drives the windows. Imports still go one step further, to
 * the core's worker_threads worker (import/worker.ts), so queries stay answerable during one.
 */
import { createCore } from '../api/core';
import { serveCore } from './host';
import { parentPort } from './port';

serveCore(parentPort(), {
  make: (init) => createCore({ ...init }),
  exit: (code) => process.exit(code),
});
