/**
 * Keeps each stored URL's path hint (a location token in the path, TikTok `tos-maliva-…`) in step
 * with the path rules and airport data loaded now: a rule change can give a URL a hint, take it
 * away or change what the hint says. Unlike hosts (a few thousand), URLs can number millions, so
 * they are read in id order, a batch at a time, and only URLs whose hint changed are written;
 * hints are classified once per distinct key. Run only when the path rules, the airport data or
 * the analysis version changed (refresh-state.ts), never on an ordinary analysis.
 */
import type { EvidenceKit } from '../evidence/load';
import { pathHintUpserter, pruneUnusedPathHints, urlBatch, urlHintWriter } from '../store/analysis-rows';
import type { Db } from '../store/db';
import { kitEnricher } from './enricher';

const BATCH = 5000;

/** Returns how many URLs changed hint. */
export function refreshPathHints(db: Db, kit: EvidenceKit): number {
  const hintOf = kitEnricher(kit).pathHint;
  const upsert = pathHintUpserter(db);
  const setHint = urlHintWriter(db);
  const ids = new Map<string, number>(); // distinct hint keys: a few hundred at most
  let changed = 0;
  let after = 0;
  for (;;) {
    const batch = urlBatch(db, after, BATCH);
    if (batch.length === 0) break;
    for (const u of batch) {
      const h = hintOf(u.url);
      let id: number | null = null;
      if (h) {
        id = ids.get(h.key) ?? null;
        if (id === null) {
          id = upsert(h);
          ids.set(h.key, id);
        }
      }
      if (id !== u.path_hint_id) {
        setHint(u.id, id);
        changed++;
      }
    }
    after = batch[batch.length - 1]!.id;
  }
  pruneUnusedPathHints(db);
  return changed;
}
