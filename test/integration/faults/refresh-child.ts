/**
 * Child for data-update.test.ts: opens a profile as the core does, with the datasets in `dataDir`,
 * and re-analyses it; after the fourth IP lookup (the stored addresses are rewritten by then, and
 * the new data version written) it says "mid" and stops dead, inside the open transaction, until
 * the parent kills it with SIGKILL.
 */
import { evidenceFromKit } from '../../../electron/core/analysis/evidence';
import { loadEvidenceKit, type EvidenceKit } from '../../../electron/core/evidence/load';
import { openDb } from '../../../electron/core/store/db';

const [dbPath, dataDir] = process.argv.slice(2) as [string, string];
const kit = loadEvidenceKit(dataDir);
let lookups = 0;
const stalling: EvidenceKit = {
  ...kit,
  ip: {
    ...kit.ip,
    lookup: (a: string) => {
      if (++lookups === 4) {
        process.stdout.write('mid\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // blocks until killed
      }
      return kit.ip.lookup(a);
    },
  },
};
const db = openDb(dbPath);
evidenceFromKit(stalling).analyseIfStale(db);
process.stdout.write('finished\n');
