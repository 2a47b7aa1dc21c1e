/**
 * Keeps each stored host's owner and location rule in step with the host rules this version
 * ships. A host is classified when an import first meets it; a later version may know more
 * (google.ca, googlesyndication.com and tenor.com were once "unknown"), and re-importing the
 * same export reuses the stored source, so without this refresh the old answer would stay.
 * One (memoised) classification per distinct host; only rows that changed are written.
 */
import type { EvidenceKit } from '../evidence/load';
import type { Db } from '../store/db';

interface StoredHost {
  id: number;
  name: string;
  owner: string | null;
  rule_id: string | null;
  grade: string;
  location_label: string | null;
  statement: string | null;
  basis: string | null;
}

/** Returns how many hosts were reclassified. */
export function refreshHosts(db: Db, kit: EvidenceKit): number {
  const rows = db.prepare(`SELECT id, name, owner, rule_id, grade, location_label, statement, basis FROM hosts`).all() as StoredHost[];
  const update = db.prepare(
    `UPDATE hosts SET owner = ?, rule_id = ?, grade = ?, location_label = ?, location_kind = ?, country = ?, lat = ?, lon = ?,
       statement = ?, basis = ? WHERE id = ?`,
  );
  let changed = 0;
  for (const r of rows) {
    const m = kit.hosts.classifyHost(r.name);
    if (m.owner === r.owner && m.ruleId === r.rule_id && m.grade === r.grade && m.location.label === r.location_label
      && m.statement === r.statement && m.basis === r.basis) continue;
    const l = m.location;
    update.run(m.owner, m.ruleId, m.grade, l.label, l.kind, l.country, l.lat, l.lon, m.statement, m.basis, r.id);
    changed++;
  }
  return changed;
}
