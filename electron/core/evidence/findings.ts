/**
 * Findings: the statements the app makes, each with its grade, counts, the export's own date
 * range, the supporting event ids and (capped) provenance. Ids hash kind + rule + label, so the
 * same export always yields the same ids. Each is a code with plain params (shared/words/codes.ts);
 * its statement is rendered from them (shared/words/findings.ts), never written here.
 *
 * Codes: 'host-location' (one per host rule and location label), 'path-location' (per path rule
 * and label), 'login-network' (grade C, per ASN), 'login-country' (per country and grade).
 */
import type { Finding } from '../../../shared/api';
import { GRADES, type Grade, type NetworkKind, type Provenance } from '../../../shared/domain';
import type { LoginRecord } from './access-types';
import type { HostMatch, PathHint } from './host-knowledge';
import { stableId } from './stable-id';
import type { CountryReason, FindingVocab } from '../../../shared/words/codes';
import { findingStatement } from '../../../shared/words/findings';
import type { LocationStatement } from '../../../shared/words/location';
import { byText, toMs } from './time-words';

/** One URL occurrence in an event, already classified (host-knowledge.ts classifyUrl). */
export interface LinkOccurrence {
  eventId: number;
  time: string | null;
  provenance: Provenance;
  host: HostMatch;
  path: readonly PathHint[];
}

export interface FindingsInput {
  links?: readonly LinkOccurrence[];
  logins?: readonly LoginRecord[];
  /** Most provenance entries kept per finding (all are counted). Default 50. */
  evidenceCap?: number;
}

export const FINDING_EVIDENCE_CAP = 50;

interface Item { eventId: number; time: string | null; provenance: Provenance }

/** Collects the members of one finding: count, date range, unique event ids, capped evidence. */
class Group {
  count = 0;
  first: string | null = null;
  last: string | null = null;
  private firstMs = Infinity;
  private lastMs = -Infinity;
  private readonly ids = new Set<number>();
  private readonly items: Item[] = [];
  readonly reasons = new Set<CountryReason>();

  constructor(readonly id: string, readonly grade: Grade, readonly said: LocationStatement | null) {}

  add(item: Item): void {
    this.count++;
    this.ids.add(item.eventId);
    this.items.push(item);
    const ms = toMs(item.time);
    if (ms !== null && item.time !== null) {
      if (ms < this.firstMs) { this.firstMs = ms; this.first = item.time; }
      if (ms > this.lastMs) { this.lastMs = ms; this.last = item.time; }
    }
  }

  /** The counted params every code shares. */
  counted(): { count: number; first: string | null; last: string | null } {
    return { count: this.count, first: this.first, last: this.last };
  }

  finish(vocab: FindingVocab, cap: number): Finding {
    // Evidence in time order (undated last), unique per record, capped.
    const ordered = [...this.items].sort((a, b) => (toMs(a.time) ?? Infinity) - (toMs(b.time) ?? Infinity) || a.eventId - b.eventId);
    const seen = new Set<string>();
    const evidence: Provenance[] = [];
    for (const it of ordered) {
      const key = `${it.provenance.sourceSha256}\u0000${it.provenance.member}\u0000${it.provenance.pointer}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(it.provenance);
      if (evidence.length >= cap) break;
    }
    return wordedFinding({
      id: this.id, grade: this.grade, count: this.count, first: this.first, last: this.last,
      evidence, eventIds: [...this.ids].sort((a, b) => a - b),
    }, vocab);
  }
}

/** A finding from its fields and vocabulary; `kind` mirrors `code`, `statement` is rendered. Key order is the report's. */
export function wordedFinding(f: Omit<Finding, 'kind' | 'statement' | 'code' | 'params'>, v: FindingVocab): Finding {
  return {
    id: f.id, kind: v.code, grade: f.grade, statement: findingStatement(v), count: f.count, first: f.first, last: f.last,
    evidence: f.evidence, eventIds: f.eventIds, ...v,
  };
}

function groupInto(groups: Map<string, Group>, id: string, make: () => Group): Group {
  let g = groups.get(id);
  if (!g) {
    g = make();
    groups.set(id, g);
  }
  return g;
}

function placeOf(g: Group): LocationStatement {
  if (!g.said) throw new Error(`link finding ${g.id} has no location statement`); // set by every link group below
  return g.said;
}

export function hostFindings(links: readonly LinkOccurrence[], cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, Group>();
  for (const l of links) {
    const m = l.host;
    const id = stableId('finding', 'host-location', m.ruleId, m.location.label);
    groupInto(groups, id, () => new Group(id, m.grade, m.said)).add(l);
  }
  return [...groups.values()].map((g) => g.finish({ code: 'host-location', params: { ...g.counted(), place: placeOf(g) } }, cap));
}

export function pathFindings(links: readonly LinkOccurrence[], cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, Group>();
  for (const l of links) {
    for (const h of l.path) {
      const id = stableId('finding', 'path-location', h.ruleId, h.location.label);
      groupInto(groups, id, () => new Group(id, h.grade, h.said)).add(l);
    }
  }
  return [...groups.values()].map((g) => g.finish({ code: 'path-location', params: { ...g.counted(), place: placeOf(g) } }, cap));
}

/** Grade C: who operates the networks the sign-ins came from (per ASN). */
export function loginNetworkFindings(logins: readonly LoginRecord[], cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, { g: Group; login: LoginRecord }>();
  for (const l of logins) {
    if (l.info.asn === null) continue;
    const id = stableId('finding', 'login-network', l.info.asn);
    const entry = groups.get(id) ?? { g: new Group(id, 'C', null), login: l };
    entry.g.add({ eventId: l.eventId, time: l.time, provenance: l.provenance });
    groups.set(id, entry);
  }
  return [...groups.values()].map(({ g, login }) => {
    const i = login.info;
    const asn = i.asn as number; // grouped above only when known
    const operator = i.provider ?? i.org ?? `AS${asn}`;
    return g.finish({ code: 'login-network', params: { ...g.counted(), operator, asn, org: i.org } }, cap);
  });
}

const SERVER_KINDS: readonly NetworkKind[] = ['cloud', 'hosting', 'vpn', 'platform'];
const GRADE_D = GRADES.indexOf('D');

/**
 * §5.2 rules of thumb: grade D when DB-IP and the registry agree on an ordinary network; one
 * level lower for each of: the datasets disagree (or only one answers), a server/VPN/platform
 * network, a CDN or privacy relay, a mobile carrier. No country at all is grade G.
 */
export function countryGrade(l: LoginRecord): { country: string | null; grade: Grade; reasons: CountryReason[] } {
  const i = l.info;
  if (i.special) return { country: null, grade: 'G', reasons: ['special-address'] };
  if (!i.country) return { country: null, grade: 'G', reasons: ['not-covered'] };
  const reasons: CountryReason[] = [];
  if (!i.registryCountry) reasons.push('one-dataset');
  else if (i.registryCountry !== i.country) reasons.push('datasets-disagree');
  if (SERVER_KINDS.includes(i.networkKind)) reasons.push('server-network');
  if (i.networkKind === 'cdn') reasons.push('relay-network');
  if (i.networkKind === 'mobile') reasons.push('mobile-network');
  const grade = GRADES[Math.min(GRADES.length - 1, GRADE_D + reasons.length)] ?? 'G';
  return { country: i.country, grade, reasons };
}

export function loginCountryFindings(logins: readonly LoginRecord[], cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, { g: Group; country: string | null }>();
  for (const l of logins) {
    const { country, grade, reasons } = countryGrade(l);
    const id = stableId('finding', 'login-country', country, grade);
    const entry = groups.get(id) ?? { g: new Group(id, grade, null), country };
    entry.g.add({ eventId: l.eventId, time: l.time, provenance: l.provenance });
    for (const r of reasons) entry.g.reasons.add(r);
    groups.set(id, entry);
  }
  return [...groups.values()].map(({ g, country }) =>
    g.finish({ code: 'login-country', params: { ...g.counted(), grade: g.grade, country, reasons: [...g.reasons].sort() } }, cap));
}

const gradeRank = (g: Grade): number => GRADES.indexOf(g);

/** The order findings are shown and stored in: strongest grade first, then most occurrences, then id. */
export function sortFindings(list: Finding[]): Finding[] {
  return list.sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade) || b.count - a.count || byText(a.id, b.id));
}

/** All findings from in-memory links and logins (the store aggregates links in SQL instead: analysis/link-findings.ts). */
export function buildFindings(input: FindingsInput): Finding[] {
  const cap = input.evidenceCap ?? FINDING_EVIDENCE_CAP;
  const links = input.links ?? [];
  const logins = input.logins ?? [];
  return sortFindings([
    ...hostFindings(links, cap),
    ...pathFindings(links, cap),
    ...loginNetworkFindings(logins, cap),
    ...loginCountryFindings(logins, cap),
  ]);
}
