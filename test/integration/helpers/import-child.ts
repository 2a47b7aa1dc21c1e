/**
 * Imports one export into a fresh database in its own process and prints what a memory test needs:
 * the outcome, the peak resident set (maxRSS) and the longest stored text. Run with `node --import tsx`.
 */
import { loadEvidence } from '../../../electron/core/analysis/evidence';
import { runImport } from '../../../electron/core/import/run-import';
import { openDb } from '../../../electron/core/store/db';

async function main(): Promise<void> {
  const [zip, dbPath] = process.argv.slice(2) as [string, string];
  const e = loadEvidence();
  const db = openDb(dbPath);
  const cap = process.env.WA_VALUE_CAP_BYTES ? Number(process.env.WA_VALUE_CAP_BYTES) : undefined;
  const outcome = await runImport({ db, paths: [zip], enricher: e.enricher, analyse: e.analyse, ...(cap ? { valueCapBytes: cap } : {}) });
  const longest = db.prepare(`SELECT max(max(length(raw)), max(length(title)), max(length(coalesce(body, '')))) AS n FROM events`).pluck().get() as number | null;
  db.close();
  process.stdout.write(JSON.stringify({ status: outcome.status, message: outcome.message, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), longest }));
}
void main();
