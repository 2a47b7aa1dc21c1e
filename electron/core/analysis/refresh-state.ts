/**
 * Which data the stored results came from. The profile keeps the DataVersion (evidence/
 * data-version.ts: data files and rule sets by content hash, dataset dates, analysis version) its
 * enrichment, findings and flags were computed with, in the meta table, written in the same
 * transaction as the results. When it differs from the loaded kit's, the analysis rechecks every
 * stored classification and recomputes every derived row (evidence.ts) — all in one transaction,
 * so a profile never shows a mix of old and new answers, and a crash leaves the old ones whole.
 */
import type { DataVersion } from '../../../shared/domain';
import { deleteMetaValue, metaValue, setMetaValue } from '../store/analysis-rows';
import type { Db } from '../store/db';

const KEY = 'data-version';
/** Before data versions: a fingerprint of the classification rules only. Dropped on the first refresh. */
const LEGACY_KEY = 'classification-rules';

export function storedDataVersion(db: Db): DataVersion | null {
  const v = metaValue(db, KEY);
  if (v === null) return null;
  try {
    return JSON.parse(v) as DataVersion; // written by storeDataVersion below, nothing else
  } catch {
    return null; // unreadable: treated as unknown, so everything is recomputed
  }
}

export function storeDataVersion(db: Db, v: DataVersion): void {
  setMetaValue(db, KEY, JSON.stringify(v));
  deleteMetaValue(db, LEGACY_KEY);
}

/** Part ids whose hash differs between two versions (or that only one has). */
export function changedParts(from: DataVersion | null, to: DataVersion): Set<string> {
  const before = new Map((from?.parts ?? []).map((p) => [p.id, p.sha256]));
  const after = new Map(to.parts.map((p) => [p.id, p.sha256]));
  const out = new Set<string>();
  for (const id of new Set([...before.keys(), ...after.keys()])) if (before.get(id) !== after.get(id)) out.add(id);
  return out;
}

/** What a URL's path hint depends on: the path rules, the airport data, the analysis code. */
const PATH_PARTS = ['rules:path-rules', 'rules:iata-overrides', 'file:iata.json', 'analysis'];

/**
 * Whether the stored URLs' path hints must be re-read (every URL: millions of rows). Not when
 * only IP data changed; not on a new profile's first analysis (no version and no legacy
 * fingerprint: nothing was ever analysed, so every row was just written with this data).
 */
export function pathHintsStale(db: Db, stored: DataVersion | null, current: DataVersion): boolean {
  if (stored === null) return metaValue(db, LEGACY_KEY) !== null;
  const changed = changedParts(stored, current);
  return PATH_PARTS.some((p) => changed.has(p));
}
