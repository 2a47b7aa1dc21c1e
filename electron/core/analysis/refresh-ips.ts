/**
 * Keeps the stored enrichment of every address — country, registry country, ASN, organisation,
 * network kind, provider, basis, special range — in step with the datasets and rules loaded now.
 * An address is enriched when an import first meets it; newer data may know better (a new list,
 * an override: MEMSET was once stored as a home provider; a block moved country). Flags are always
 * computed from fresh lookups (derive.ts), so without this refresh the Who view and
 * `analyze --json` could contradict the flags. One lookup per distinct address; only rows that
 * changed are written; the new values are exactly what an import would write (enricher.ts).
 */
import type { EvidenceKit } from '../evidence/load';
import { networkClassificationWriter, storedNetworks } from '../store/analysis-rows';
import type { Db } from '../store/db';
import { kitEnricher } from './enricher';

/** Returns how many addresses were reclassified. */
export function refreshIpNetworks(db: Db, kit: EvidenceKit): number {
  const write = networkClassificationWriter(db);
  const enrich = kitEnricher(kit).ip;
  let changed = 0;
  for (const r of storedNetworks(db)) {
    const i = enrich(r.address);
    if (i.version === r.version && i.country === r.country && i.registryCountry === r.registry_country && i.asn === r.asn && i.org === r.org
      && i.networkKind === r.network_kind && i.provider === r.provider && i.networkBasis === r.network_basis && i.special === r.special) continue;
    write(r.id, i);
    changed++;
  }
  return changed;
}
