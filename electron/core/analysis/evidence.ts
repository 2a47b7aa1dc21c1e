/**
 * The evidence engine as the store and the import pipeline see it: an Enricher (first sight of
 * an IP, a host, a URL path) and `analyse` (rebuild findings and flags from everything in the
 * profile). Loaded once per process; the datasets' credits travel with every result.
 */
import type { DatasetCredit } from '../../../shared/domain';
import { loadEvidenceKit, type EvidenceKit } from '../evidence/load';
import type { Db } from '../store/db';
import type { Enricher, HostEnrichment, PathHintEnrichment } from '../store/enrichment';
import { derive } from './derive';
import { refreshHosts } from './refresh-hosts';
import { classificationFingerprint, storedFingerprint, storeFingerprint } from './refresh-state';
import { refreshIpNetworks } from './refresh-ips';
import { ANALYSIS_STALE_KEY, linkFindingToGroup, metaValue, writeDerived } from '../store/analysis-rows';

export interface Evidence {
  enricher: Enricher;
  datasets: DatasetCredit[];
  /** Recompute findings and flags for the whole profile (inside the caller's transaction). */
  // A function property, not a method: callers pass it on unbound (import runners, source removal).
  analyse: (db: Db) => void;
  /**
   * Recompute them now if a migration dropped them (schema 9 stores code + params instead of
   * sentences): the core calls this when it opens a profile. Returns whether it ran.
   */
  analyseIfStale(db: Db): boolean;
}

export function loadEvidence(resourcesDir?: string): Evidence {
  return evidenceFromKit(loadEvidenceKit(resourcesDir));
}

export function evidenceFromKit(kit: EvidenceKit): Evidence {
  const enricher: Enricher = {
    ip(address) {
      const i = kit.ip.lookup(address);
      return {
        version: i.version, country: i.country, registryCountry: i.registryCountry, asn: i.asn, org: i.org,
        networkKind: i.networkKind, provider: i.provider, networkBasis: i.networkBasis, special: i.special ?? null,
      };
    },
    host(name): HostEnrichment {
      const m = kit.hosts.classifyHost(name);
      return { owner: m.owner, ruleId: m.ruleId, grade: m.grade, location: m.location, statement: m.statement, basis: m.basis };
    },
    pathHint(url): PathHintEnrichment | null {
      const hint = kit.hosts.firstPathHint(url);
      if (!hint) return null;
      return {
        key: `${hint.ruleId}|${hint.token}|${hint.location.label}`, token: hint.token, ruleId: hint.ruleId, grade: hint.grade,
        location: hint.location, statement: hint.statement, basis: hint.basis,
      };
    },
  };
  return {
    enricher, datasets: kit.datasets, analyse: (db) => analyse(db, kit),
    analyseIfStale(db) {
      if (metaValue(db, ANALYSIS_STALE_KEY) === null) return false;
      db.transaction(() => analyse(db, kit))();
      return true;
    },
  };
}

function analyse(db: Db, kit: EvidenceKit): void {
  // Stored classifications first (only when the rules changed since they were checked): the
  // findings below group by them.
  const rules = classificationFingerprint(kit);
  if (storedFingerprint(db) !== rules) {
    refreshIpNetworks(db, kit);
    refreshHosts(db, kit);
    storeFingerprint(db, rules);
  }
  const d = derive(db, kit);
  writeDerived(db, d.flags, d.findings);
  // Link findings are linked to their events in SQL: no per-URL objects in memory.
  for (const l of d.links) linkFindingToGroup(db, l.finding.id, l.group);
}
