/**
 * Child for the kill-at-random-points test: imports one export with small batches and the real
 * evidence (so a kill can land in reading, committing, the last transaction or the analysis),
 * then prints "done".   tsx import-plain.ts <db> <zip>
 */
import { loadEvidence } from '../../../electron/core/analysis/evidence';
import { runImport } from '../../../electron/core/import/run-import';
import { openDb } from '../../../electron/core/store/db';

async function main(): Promise<void> {
  const [dbPath, zip] = process.argv.slice(2) as [string, string];
  const e = loadEvidence();
  const db = openDb(dbPath);
  process.stdout.write('start\n');
  const r = await runImport({ db, paths: [zip], enricher: e.enricher, analyse: e.analyse, batchRecords: 25 });
  db.close();
  process.stdout.write(`done ${r.status}\n`);
}
void main();
