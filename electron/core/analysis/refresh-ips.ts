/**
 * Keeps the stored network classification of every address in step with the datasets and
 * rules this version ships. An address is classified when an import first meets it; a later
 * version may know better (a new list, an override: MEMSET was once stored as a home provider).
 * Flags are always computed from fresh lookups (derive.ts), so without this refresh the Who view
 * and `analyze --json` could contradict the flags. One lookup per distinct address; only rows
 * that changed are written.
 */
import type { EvidenceKit } from '../evidence/load';
import { networkClassificationWriter, storedNetworks } from '../store/analysis-rows';
import type { Db } from '../store/db';

/** Returns how many addresses were reclassified. */
export function refreshIpNetworks(db: Db, kit: EvidenceKit): number {
  const write = networkClassificationWriter(db);
  let changed = 0;
  for (const r of storedNetworks(db)) {
    const i = kit.ip.lookup(r.address);
    if (i.asn === r.asn && i.org === r.org && i.networkKind === r.network_kind && i.provider === r.provider && i.networkBasis === r.network_basis) continue;
    write(r.id, i);
    changed++;
  }
  return changed;
}
