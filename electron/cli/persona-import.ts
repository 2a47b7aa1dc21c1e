/**
 * Imports persona exports into a profile before `serve` starts (the browser then opens on a
 * loaded profile) and marks their sources synthetic. In-process, like `analyze`: nothing else is
 * running yet that needs to stay responsive.
 */
import { loadEvidence } from '../core/analysis/evidence';
import { runImport } from '../core/import/run-import';
import { markSynthetic } from '../core/personas/synthetic';
import { openDb } from '../core/store/db';
import type { CliIo } from './command';
import { groupExportPaths } from './group-paths';

/** Returns false (after saying why on stderr) when an export could not be imported. */
export async function importSyntheticExports(dbPath: string, paths: readonly string[], resourcesDir: string, io: CliIo): Promise<boolean> {
  if (paths.length === 0) return true;
  const evidence = loadEvidence(resourcesDir);
  const db = openDb(dbPath);
  try {
    let ok = true;
    for (const group of groupExportPaths(paths)) {
      const outcome = await runImport({ db, paths: group, enricher: evidence.enricher, analyse: (d) => evidence.analyse(d) });
      if (outcome.status === 'imported' || outcome.status === 'already-imported') markSynthetic(db, outcome.sourceIds);
      else {
        io.err(outcome.message ?? 'import failed');
        ok = false;
      }
    }
    return ok;
  } finally {
    db.close();
  }
}
