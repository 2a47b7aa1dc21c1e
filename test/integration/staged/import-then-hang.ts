/**
 * Child for the kill -9 test (import-safety.test.ts): imports a TikTok zip with batches of
 * BATCH records, and after HANG_AFTER records (several committed batches) prints "committed"
 * and blocks inside the import, mid-transaction, until the parent kills it with SIGKILL.
 *   tsx import-then-hang.ts <db> <zip>
 */
import { runImport } from '../../../electron/core/import/run-import';
import { IMPORTERS } from '../../../electron/core/importers/registry';
import type { Importer } from '../../../electron/core/importers/types';
import { openDb } from '../../../electron/core/store/db';
import { NO_ENRICHMENT } from '../../../electron/core/store/enrichment';
import { BATCH, HANG_AFTER } from './constants';


function hanging(inner: Importer): Importer {
  return {
    ...inner,
    recognise: (inv, peek) => inner.recognise(inv, peek),
    catalogue: (format) => inner.catalogue(format),
    // The wrapped per-record import is what runs (readArchive prefers importBatches when present).
    importBatches: undefined,
    async *import(ctx) {
      let n = 0;
      for await (const rec of inner.import(ctx)) {
        yield rec;
        if (++n === HANG_AFTER) {
          process.stdout.write('committed\n');
          // Block the thread: no event loop, no cleanup, exactly like a process stopped dead.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        }
      }
    },
  };
}

const [dbPath, zip] = process.argv.slice(2);
const db = openDb(dbPath!);
void runImport({ db, paths: [zip!], enricher: NO_ENRICHMENT, importers: IMPORTERS.map(hanging), batchRecords: BATCH });
