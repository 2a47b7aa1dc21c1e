/** Shared set-up for integration tests: temp folders, the real evidence engine, DB fingerprints. */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEvidence, type Evidence } from '../../electron/core/analysis/evidence';
import { runImport, type ImportOptions } from '../../electron/core/import/run-import';
import type { Db } from '../../electron/core/store/db';

export function tempDir(prefix = 'wa-int-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let evidence: Evidence | null = null;
/** Loaded once per test file: ~60 ms and 40 MB. */
export function realEvidence(): Evidence {
  evidence ??= loadEvidence();
  return evidence;
}

export function importInto(db: Db, paths: string[], extra: Partial<ImportOptions> = {}) {
  const e = realEvidence();
  return runImport({ db, paths, enricher: e.enricher, analyse: e.analyse, ...extra });
}

/**
 * A digest of every row of every table, and of every term occurrence in the full-text index:
 * equal fingerprints mean the database content is identical, which is what "the database stays
 * as it was" promises (after a failed staged import has been cleaned up).
 */
export function fingerprint(db: Db): string {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
  const h = createHash('sha256');
  for (const { name } of tables) {
    // The full-text index is compared by what it holds, not its pages: a staged import that is
    // cleaned up leaves the same index content in a different segment layout (delete markers).
    if (name.startsWith('events_fts')) continue;
    h.update(`#${name}\n`);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).iterate()) h.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)) + '\n');
  }
  if (tables.some((t) => t.name === 'events_fts')) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.fingerprint_fts USING fts5vocab(main, events_fts, 'instance')`);
    h.update('#events_fts\n');
    for (const row of db.prepare(`SELECT term, doc, col, offset FROM temp.fingerprint_fts ORDER BY term, doc, col, offset`).raw().iterate()) h.update(`${JSON.stringify(row)}\n`);
  }
  return h.digest('hex');
}
