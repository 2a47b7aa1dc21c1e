/**
 * Findings: the statements the app makes, each with its grade, counts, the export's own date
 * range, the supporting event ids and (capped) provenance. Ids hash kind + rule + label, so the
 * same export always yields the same ids.
 *
 * Kinds: 'host-location' (one per host rule and location label), 'path-location' (per path rule
 * and label), 'login-network' (grade C, per ASN), 'login-country' (per country and grade).
 */
import type { Finding } from '../../../shared/api';
import { GRADES, type Grade, type NetworkKind, type Provenance } from '../../../shared/domain';
import type { LoginRecord } from './access-types';
import type { HostMatch, PathHint } from './host-knowledge';
import { stableId } from './stable-id';
import { byText, toMs } from './time-words';
import { claimSummary, countrySummary, LINKS, networkSummary, type Claim, type Noun } from './wording';

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
  /** What the links are ("media links"); default "links". */
  noun?: Noun;
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
  readonly reasons = new Set<string>();

  constructor(readonly id: string, readonly kind: string, readonly grade: Grade, readonly claim: Claim | null) {}

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

  finish(statement: string, cap: number): Finding {
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
    return {
      id: this.id, kind: this.kind, grade: this.grade, statement,
      count: this.count, first: this.first, last: this.last,
      evidence, eventIds: [...this.ids].sort((a, b) => a - b),
    };
  }
}

function groupInto(groups: Map<string, Group>, id: string, make: () => Group): Group {
  let g = groups.get(id);
  if (!g) {
    g = make();
    groups.set(id, g);
  }
  return g;
}

export function hostFindings(links: readonly LinkOccurrence[], noun: Noun = LINKS, cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, Group>();
  for (const l of links) {
    const m = l.host;
    const id = stableId('finding', 'host-location', m.ruleId, m.location.label);
    groupInto(groups, id, () => new Group(id, 'host-location', m.grade, m.claim)).add(l);
  }
  return [...groups.values()].map((g) => g.finish(claimSummary(g.claim as Claim, g.count, g.first, g.last, noun), cap));
}

export function pathFindings(links: readonly LinkOccurrence[], noun: Noun = LINKS, cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, Group>();
  for (const l of links) {
    for (const h of l.path) {
      const id = stableId('finding', 'path-location', h.ruleId, h.location.label);
      groupInto(groups, id, () => new Group(id, 'path-location', h.grade, h.claim)).add(l);
    }
  }
  return [...groups.values()].map((g) => g.finish(claimSummary(g.claim as Claim, g.count, g.first, g.last, noun), cap));
}

/** Grade C: who operates the networks the sign-ins came from (per ASN). */
export function loginNetworkFindings(logins: readonly LoginRecord[], cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, { g: Group; login: LoginRecord }>();
  for (const l of logins) {
    if (l.info.asn === null) continue;
    const id = stableId('finding', 'login-network', l.info.asn);
    const entry = groups.get(id) ?? { g: new Group(id, 'login-network', 'C', null), login: l };
    entry.g.add({ eventId: l.eventId, time: l.time, provenance: l.provenance });
    groups.set(id, entry);
  }
  return [...groups.values()].map(({ g, login }) => {
    const i = login.info;
    const operator = i.provider ?? i.org ?? `AS${i.asn}`;
    return g.finish(networkSummary(g.count, g.first, g.last, operator, i.asn, i.org), cap);
  });
}

const SERVER_KINDS: readonly NetworkKind[] = ['cloud', 'hosting', 'vpn', 'platform'];
const GRADE_D = GRADES.indexOf('D');

/**
 * §5.2 rules of thumb: grade D when DB-IP and the registry agree on an ordinary network; one
 * level lower for each of: the datasets disagree (or only one answers), a server/VPN/platform
 * network, a CDN or privacy relay, a mobile carrier. No country at all is grade G.
 */
export function countryGrade(l: LoginRecord): { country: string | null; grade: Grade; reasons: string[] } {
  const i = l.info;
  if (i.special) return { country: null, grade: 'G', reasons: ['private or reserved addresses'] };
  if (!i.country) return { country: null, grade: 'G', reasons: ['addresses the country datasets do not cover'] };
  const reasons: string[] = [];
  if (!i.registryCountry) reasons.push('only one of the two country datasets has an answer');
  else if (i.registryCountry !== i.country) reasons.push('the two country datasets disagree');
  if (SERVER_KINDS.includes(i.networkKind)) reasons.push('server, VPN or platform networks show where a server is, not the person');
  if (i.networkKind === 'cdn') reasons.push('content delivery networks and privacy relays place users only roughly');
  if (i.networkKind === 'mobile') reasons.push('mobile carrier addresses are often registered far from the phone');
  const grade = GRADES[Math.min(GRADES.length - 1, GRADE_D + reasons.length)] ?? 'G';
  return { country: i.country, grade, reasons };
}

export function loginCountryFindings(logins: readonly LoginRecord[], cap = FINDING_EVIDENCE_CAP): Finding[] {
  const groups = new Map<string, { g: Group; country: string | null }>();
  for (const l of logins) {
    const { country, grade, reasons } = countryGrade(l);
    const id = stableId('finding', 'login-country', country, grade);
    const entry = groups.get(id) ?? { g: new Group(id, 'login-country', grade, null), country };
    entry.g.add({ eventId: l.eventId, time: l.time, provenance: l.provenance });
    for (const r of reasons) entry.g.reasons.add(r);
    groups.set(id, entry);
  }
  return [...groups.values()].map(({ g, country }) =>
    g.finish(countrySummary(g.grade, country, g.count, g.first, g.last, [...g.reasons].sort()), cap));
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
    ...hostFindings(links, input.noun ?? LINKS, cap),
    ...pathFindings(links, input.noun ?? LINKS, cap),
    ...loginNetworkFindings(logins, cap),
    ...loginCountryFindings(logins, cap),
  ]);
}
