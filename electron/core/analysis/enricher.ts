/**
 * The kit's answers in the shape the store keeps them (store/enrichment.ts): used by an import
 * when it first meets an IP, a host or a URL path, and by the refresh after a data update
 * (refresh-*.ts), so a refreshed row is exactly what an import with the new data would write.
 */
import type { EvidenceKit } from '../evidence/load';
import type { Enricher, HostEnrichment, PathHintEnrichment } from '../store/enrichment';

export function kitEnricher(kit: EvidenceKit): Enricher {
  return {
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
}
