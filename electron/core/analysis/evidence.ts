/**
 * The evidence engine as the store and the import pipeline see it: an Enricher (first sight of
 * an IP, a host, a URL path) and `analyse` (rebuild findings and flags from everything in the
 * profile). Loaded once per process; the datasets' credits travel with every result.
 */
import type { DataVersion, DatasetCredit } from '../../../shared/domain';
import { loadEvidenceKit, type EvidenceKit } from '../evidence/load';
import type { Db } from '../store/db';
import type { Enricher } from '../store/enrichment';
import { kitEnricher } from './enricher';
import { derive } from './derive';
import { refreshHosts } from './refresh-hosts';
import { refreshPathHints } from './refresh-paths';
import { pathHintsStale, storedDataVersion, storeDataVersion } from './refresh-state';
import { refreshIpNetworks } from './refresh-ips';
import { ensureAccessCounts, uncountedSources } from '../store/queries/access-counts';
import { ANALYSIS_STALE_KEY, linkFindingToGroup, metaValue, writeDerived } from '../store/analysis-rows';

export interface Evidence {
  enricher: Enricher;
  datasets: DatasetCredit[];
  /** Which data and rules the answers come from (evidence/data-version.ts). */
  dataVersion: () => DataVersion;
  /** Recompute findings and flags for the whole profile (inside the caller's transaction). */
  // A function property, not a method: callers pass it on unbound (import runners, source removal).
  analyse: (db: Db) => void;
  /**
   * What the core calls when it opens a profile: re-runs the whole analysis, in one transaction,
   * if the stored results came from other data (refresh-state.ts) or a migration dropped them
   * (schema 9), and counts any source the Who view has no counts for yet. Returns whether the
   * analysis ran.
   */
  analyseIfStale(db: Db): boolean;
}

export function loadEvidence(resourcesDir?: string): Evidence {
  return evidenceFromKit(loadEvidenceKit(resourcesDir));
}

export function evidenceFromKit(kit: EvidenceKit): Evidence {
  const enricher = kitEnricher(kit);
  return {
    enricher, datasets: kit.datasets, dataVersion: () => kit.dataVersion(), analyse: (db) => analyse(db, kit),
    analyseIfStale(db) {
      if (metaValue(db, ANALYSIS_STALE_KEY) === null && storedDataVersion(db)?.id === kit.dataVersion().id) {
        if (uncountedSources(db).length > 0) db.transaction(() => ensureAccessCounts(db))();
        return false;
      }
      db.transaction(() => analyse(db, kit))();
      return true;
    },
  };
}

function analyse(db: Db, kit: EvidenceKit): void {
  // Stored classifications first, when the data or rules changed since they were computed: the
  // findings below group by them. The new version is stored in the same transaction.
  const version = kit.dataVersion();
  const stored = storedDataVersion(db);
  if (stored?.id !== version.id) {
    refreshIpNetworks(db, kit);
    refreshHosts(db, kit);
    if (pathHintsStale(db, stored, version)) refreshPathHints(db, kit);
    storeDataVersion(db, version);
  }
  // The Who view's per-source counts, for sources imported since the last analysis.
  ensureAccessCounts(db);
  const d = derive(db, kit);
  writeDerived(db, d.flags, d.findings);
  // Link findings are linked to their events in SQL: no per-URL objects in memory.
  for (const l of d.links) linkFindingToGroup(db, l.finding.id, l.group);
}
