/**
 * Flags and findings for a profile, or for some of its sources (a report on part of a profile).
 * One function for both, so what the app stores and what a report recomputes cannot drift.
 */
import type { Finding, Flag } from '../../../shared/api';
import { analyseAccess } from '../evidence/access-analysis';
import type { LoginRecord, SecurityEvent } from '../evidence/access-types';
import { FINDING_EVIDENCE_CAP, loginCountryFindings, loginNetworkFindings, sortFindings } from '../evidence/findings';
import type { EvidenceKit } from '../evidence/load';
import { linkGroupEventIds, loadLogins, loadSecurity, sourceShas } from '../store/analysis-rows';
import type { Db } from '../store/db';
import { linkFindings, type LinkFinding } from './link-findings';

export interface Derived {
  flags: Flag[];
  /** Sorted. Link findings carry no eventIds here: see `links`. */
  findings: Finding[];
  links: LinkFinding[];
}

export function derive(db: Db, kit: EvidenceKit, sourceIds?: readonly number[]): Derived {
  const shas = sourceShas(db, sourceIds);
  const keep = (sha: string) => shas === null || shas.has(sha);
  // Logins and security events are few (thousands), so they are analysed in memory.
  const logins: LoginRecord[] = loadLogins(db).filter((l) => keep(l.provenance.sourceSha256)).map((l) => ({
    eventId: l.eventId, time: l.time, ip: l.ip, info: kit.ip.lookup(l.ip),
    deviceKey: l.deviceId === null ? null : String(l.deviceId), platform: l.platform, provenance: l.provenance,
  }));
  const security: SecurityEvent[] = loadSecurity(db).filter((s) => keep(s.provenance.sourceSha256))
    .map((s) => ({ eventId: s.eventId, time: s.time, kind: s.kind, provenance: s.provenance }));
  const access = analyseAccess(logins, security, { distance: kit.distance });
  const links = linkFindings(db, kit, sourceIds);
  const findings = sortFindings([
    ...links.map((l) => l.finding),
    ...loginNetworkFindings(logins, FINDING_EVIDENCE_CAP),
    ...loginCountryFindings(logins, FINDING_EVIDENCE_CAP),
  ]);
  return { flags: access.flags, findings, links };
}

/** The event ids behind a link finding (a report lists them; the store links them in SQL). */
export function linkEventIds(db: Db, link: LinkFinding): number[] {
  return linkGroupEventIds(db, link.group);
}
