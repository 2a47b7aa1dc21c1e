/**
 * Flags and findings for a profile, or for some of its sources (a report on part of a profile).
 * One function for both, so what the app stores and what a report recomputes cannot drift.
 */
import type { Finding, Flag } from '../../../shared/api';
import { analyseAccess } from '../evidence/access-analysis';
import type { LoginRecord, SecurityEvent } from '../evidence/access-types';
import { FINDING_EVIDENCE_CAP, loginCountryFindings, loginNetworkFindings, sortFindings } from '../evidence/findings';
import type { EvidenceKit } from '../evidence/load';
import type { Db } from '../store/db';
import { linkFindings, type LinkFinding } from './link-findings';
import { loadLogins, loadSecurity } from './store-io';

export interface Derived {
  flags: Flag[];
  /** Sorted. Link findings carry no eventIds here: see `links`. */
  findings: Finding[];
  links: LinkFinding[];
}

export function derive(db: Db, kit: EvidenceKit, sourceIds?: readonly number[]): Derived {
  const keep = (sha: string, shas: Set<string> | null) => shas === null || shas.has(sha);
  const shas = sourceIds
    ? new Set((db.prepare(`SELECT sha256 FROM sources WHERE id IN (${sourceIds.map(() => '?').join(',') || 'NULL'})`).pluck().all(...sourceIds) as string[]))
    : null;
  // Logins and security events are few (thousands), so they are analysed in memory.
  const logins: LoginRecord[] = loadLogins(db).filter((l) => keep(l.provenance.sourceSha256, shas)).map((l) => ({
    eventId: l.eventId, time: l.time, ip: l.ip, info: kit.ip.lookup(l.ip),
    deviceKey: l.deviceId === null ? null : String(l.deviceId), platform: l.platform, provenance: l.provenance,
  }));
  const security: SecurityEvent[] = loadSecurity(db).filter((s) => keep(s.provenance.sourceSha256, shas))
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
  return (db.prepare(`${link.eventIdsSql} ORDER BY 1`).pluck().all(...link.params) as number[]);
}
