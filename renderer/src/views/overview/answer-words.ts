/**
 * The Overview's plain answers: one sentence with the numbers per question, and the words for how
 * much a flag or finding should worry someone. Severity follows the strength of the evidence: a
 * guess (a network kind taken from a name or by default, a grade E–G hint) is never worded as a
 * warning.
 */
import type { AccessSummary, Flag, WhereSummary } from '../../../../shared/api';
import type { Grade } from '../../../../shared/domain';
import { formatCount, plural } from '../../lib/format';
import { compareGrades, GRADE_INFO, isServingOnly } from '../../lib/grades';
import { ownerSummary } from './owners';

/** Findings about where links were served from; `login-network` / `login-country` are about sign-ins and belong to Who. */
export function servedFindings<F extends { code: string }>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.code === 'host-location' || f.code === 'path-location');
}

export type Strength = 'check' | 'look' | 'hint' | 'info';

export const STRENGTH_WORDS: Record<Strength, string> = {
  check: 'Check this',
  look: 'Worth a look',
  hint: 'Weak hint',
  info: 'For information',
};

/** True when the network kind behind a flag was guessed, not read from a curated table or list. */
function guessedKind(basis: string): boolean {
  return basis.startsWith('default:') || basis.startsWith('rule:') || basis.startsWith('none:');
}

export function flagStrength(f: Flag): Strength {
  let s: Strength = f.severity === 'alert' ? 'check' : f.severity === 'warning' ? 'look' : 'info';
  if (f.code === 'datacenter-login' && (f.params.kindBasis === 'heuristic' || f.params.kindBasis === 'none')) s = s === 'info' ? 'info' : 'hint';
  if (f.code === 'impossible-travel' && (guessedKind(f.params.from.networkBasis) || guessedKind(f.params.to.networkBasis))) s = 'hint';
  return s;
}

const ORDER: Record<Strength, number> = { check: 0, look: 1, hint: 2, info: 3 };

/** Strongest first; within a strength, the most recent first. */
export function strongestFlags(flags: readonly Flag[], n: number): Flag[] {
  return [...flags].sort((a, b) => ORDER[flagStrength(a)] - ORDER[flagStrength(b)] || (b.last ?? '').localeCompare(a.last ?? '')).slice(0, n);
}

/** The sentence after the sign-in count (the count itself is shown as a number the tests read). */
export function whoSentence(a: AccessSummary): string {
  const countries = a.countries.filter((c) => c.country).length;
  const parts = [
    `${a.logins === 1 ? 'sign-in' : 'sign-ins'} from ${plural(a.ips.length, 'address', 'addresses')}`,
    `in ${plural(countries, 'country', 'countries')}`,
    `on ${plural(a.networks.length, 'network')}`,
    // Devices as people know them (grouped by device, system and app), not raw user-agent rows.
    `with ${plural(a.deviceGroups?.length ?? a.devices.length, 'device')} named`,
  ];
  const flagged = a.flags.filter((f) => flagStrength(f) !== 'info').length;
  const tail = a.flags.length === 0 ? 'Nothing unusual was found.' : flagged ? `${plural(flagged, 'thing')} worth checking.` : 'Only notes for information, nothing worth checking.';
  return `${parts.join(' ')}. ${tail}`;
}

/** "how strong is the best evidence", in words a non-expert reads correctly. */
export function gradeInWords(grade: Grade): string {
  if (isServingOnly(grade)) return `only delivery hints (grade ${grade}, ${GRADE_INFO[grade].short.toLowerCase()}): where content came from, not where it is stored`;
  return `grade ${grade}, ${GRADE_INFO[grade].short.toLowerCase()}`;
}

export function whereSentence(w: WhereSummary): string {
  const links = w.hosts.reduce((n, h) => n + h.count, 0);
  const owners = ownerSummary(w.hosts).length;
  const places = new Set<string>();
  for (const h of w.hosts) {
    if (h.location.kind !== 'none') places.add(h.location.label);
    for (const p of h.pathHints) if (p.location.kind !== 'none') places.add(p.location.label);
  }
  const grades = [...w.hosts.map((h) => h.grade), ...servedFindings(w.findings).map((f) => f.grade)].sort(compareGrades);
  const best = grades[0];
  const evidence = best ? `The strongest evidence: ${gradeInWords(best)}.` : 'No location evidence was found.';
  return `${formatCount(links)} links name ${plural(w.hosts.length, 'server')} run by ${plural(owners, 'owner')}, pointing to ${plural(places.size, 'region or place', 'regions or places')}. ${evidence}`;
}
