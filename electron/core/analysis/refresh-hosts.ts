/**
 * Keeps each stored host's owner and location rule in step with the host rules this version
 * ships. A host is classified when an import first meets it; a later version may know more
 * (google.ca, googlesyndication.com and tenor.com were once "unknown"), and re-importing the
 * same export reuses the stored source, so without this refresh the old answer would stay.
 * One (memoised) classification per distinct host; only rows that changed are written.
 */
import type { EvidenceKit } from '../evidence/load';
import { hostClassificationWriter, storedHosts } from '../store/analysis-rows';
import type { Db } from '../store/db';

/** Returns how many hosts were reclassified. */
export function refreshHosts(db: Db, kit: EvidenceKit): number {
  const write = hostClassificationWriter(db);
  let changed = 0;
  for (const r of storedHosts(db)) {
    const m = kit.hosts.classifyHost(r.name);
    const l = m.location;
    if (m.owner === r.owner && m.ruleId === r.rule_id && m.grade === r.grade && l.label === r.location_label && l.kind === r.location_kind
      && l.country === r.country && l.lat === r.lat && l.lon === r.lon && m.statement === r.statement && m.basis === r.basis) continue;
    write(r.id, m);
    changed++;
  }
  return changed;
}
