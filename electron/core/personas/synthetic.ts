/**
 * Marks sources as synthetic (sources.synthetic, migration 8): exports from a persona or the
 * bundled sample, never anyone's data.
 *
 *   markSynthetic(db, ids)            the CLI knows it loaded `--persona`/`--sample` files
 *   markBundledSynthetic(db, dir)     by content: a source whose SHA-256 is that of a bundled
 *                                     synthetic export (however it was picked — the app's sample
 *                                     button, a persona button, or the file chosen by hand)
 *
 * Re-importing the same file (same SHA-256) reuses the source, which stays marked.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../store/db';
import { samplePath } from '../resources';
import { markSourcesSynthetic, markSyntheticBySha } from '../store/queries/workshop';
import { PERSONAS } from './catalogue';
import { personasDir } from './paths';
import { join } from 'node:path';

export function markSynthetic(db: Db, sourceIds: readonly number[]): void {
  markSourcesSynthetic(db, sourceIds);
}

/**
 * The archive SHA-256 of every bundled synthetic export that is built: a zip's file hash, a split
 * export's parts concatenated (as the import computes it, docs/analyze-json.md). The files are
 * small (about 100 kB together), so hashing them on each call costs nothing worth caching.
 */
export function bundledSyntheticShas(resourcesDir: string): Set<string> {
  const exports: string[][] = [[samplePath(resourcesDir)]];
  for (const p of PERSONAS) for (const e of p.exports) exports.push(e.files.map((f) => join(personasDir(resourcesDir), p.id, f)));
  const out = new Set<string>();
  for (const files of exports) {
    if (!files.every((f) => existsSync(f))) continue;
    const h = createHash('sha256');
    for (const f of files) h.update(readFileSync(f));
    out.add(h.digest('hex'));
  }
  return out;
}

/** Marks every source whose archive is a bundled synthetic export; returns how many were newly marked. */
export function markBundledSynthetic(db: Db, resourcesDir: string): number {
  return markSyntheticBySha(db, [...bundledSyntheticShas(resourcesDir)]);
}
