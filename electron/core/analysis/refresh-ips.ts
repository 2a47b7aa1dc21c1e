/**
 * Keeps the stored network classification of every address in step with the datasets and
 * rules this version ships. An address is classified when an import first meets it; a later
 * version may know better (a new list, an override: MEMSET was once stored as a home provider).
 * Flags are always computed from fresh lookups (derive.ts), so without this refresh the Who view
 * and `analyze --json` could contradict the flags. One lookup per distinct address; only rows
 * that changed are written.
 */
import type { EvidenceKit } from '../evidence/load';
import type { Db } from '../store/db';

interface StoredNetwork {
  id: number;
  address: string;
  asn: number | null;
  org: string | null;
  network_kind: string;
  provider: string | null;
  network_basis: string | null;
}

/** Returns how many addresses were reclassified. */
export function refreshIpNetworks(db: Db, kit: EvidenceKit): number {
  const rows = db.prepare(`SELECT id, address, asn, org, network_kind, provider, network_basis FROM ips`).all() as StoredNetwork[];
  const update = db.prepare(`UPDATE ips SET asn = ?, org = ?, network_kind = ?, provider = ?, network_basis = ? WHERE id = ?`);
  let changed = 0;
  for (const r of rows) {
    const i = kit.ip.lookup(r.address);
    if (i.asn === r.asn && i.org === r.org && i.networkKind === r.network_kind && i.provider === r.provider && i.networkBasis === r.network_basis) continue;
    update.run(i.asn, i.org, i.networkKind, i.provider, i.networkBasis, r.id);
    changed++;
  }
  return changed;
}
