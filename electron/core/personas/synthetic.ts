/**
 * Marks sources as synthetic (sources.synthetic, migration 8) once they are imported from a
 * persona or the bundled sample. Marking follows the path the export came in by, not its name:
 * the CLI knows it loaded `--persona`/`--sample` files. Re-importing the same file (same SHA-256)
 * reuses the source, which stays marked.
 */
import type { Db } from '../store/db';

export function markSynthetic(db: Db, sourceIds: readonly number[]): void {
  const mark = db.prepare(`UPDATE sources SET synthetic = 1 WHERE id = ?`);
  db.transaction(() => {
    for (const id of sourceIds) mark.run(id);
  })();
}
