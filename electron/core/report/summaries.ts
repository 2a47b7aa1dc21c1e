/**
 * The report's "Who" and "Where" in plain sentences, computed from the document alone (so verify
 * recomputes them too). Wording follows the evidence ladder: no "stored" below grade B.
 */
import type { AnalyzeDocument } from '../../../shared/analyze';
import { GRADES, type Grade, type NetworkKind } from '../../../shared/domain';
import { flagWords } from '../../../shared/words/flags';
import { formatInt, joinWords, plural, dated } from '../claims/words';
import { countryInSentence } from '../evidence/country-names';
import { KIND_LABELS } from '../evidence/network-kinds';
import { byText } from '../evidence/time-words';

const SERVER_KINDS: readonly NetworkKind[] = ['cloud', 'hosting', 'vpn', 'platform'];

export function whoSummary(doc: AnalyzeDocument): string[] {
  const a = doc.access;
  if (a.logins === 0) return ['This export holds no sign-in history.'];
  const firsts = a.ips.map((i) => i.first).filter((x): x is string => x !== null).sort(byText);
  const lasts = a.ips.map((i) => i.last).filter((x): x is string => x !== null).sort(byText);
  const out = [`${plural(a.logins, 'sign-in')} from ${plural(a.ips.length, 'address', 'addresses')}, ${dated(firsts[0] ?? null, lasts[lasts.length - 1] ?? null)}.`];
  const placed = a.countries.filter((c) => c.country !== null);
  const unplaced = a.countries.filter((c) => c.country === null).reduce((n, c) => n + c.logins, 0);
  if (placed.length > 0) {
    out.push(`By the IP datasets, sign-ins came from ${joinWords(placed.map((c) => `${countryInSentence(c.country)} (${formatInt(c.logins)})`))}${unplaced ? `; ${plural(unplaced, 'sign-in')} could not be placed` : ''}. Countries are the datasets' best guess, never a city.`);
  }
  const servers = a.ips.filter((i) => SERVER_KINDS.includes(i.networkKind));
  if (servers.length > 0) {
    const names = [...new Set(servers.map((i) => `${i.provider ?? i.org ?? (i.asn !== null ? `AS${i.asn}` : 'an unnamed network')} (${KIND_LABELS[i.networkKind].toLowerCase()})`))].sort(byText);
    out.push(`${plural(servers.reduce((n, i) => n + i.count, 0), 'sign-in')} came from server, VPN or platform networks: ${joinWords(names)}. The network's operator is not necessarily the person who signed in.`);
  } else {
    out.push('No sign-in came from a cloud, hosting, VPN or platform network.');
  }
  const devices = a.devices.filter((d) => d.model || d.system);
  if (devices.length > 0) out.push(`${plural(devices.length, 'device')} named: ${joinWords(devices.slice(0, 6).map((d) => [d.model, d.system].filter(Boolean).join(' · ')))}${devices.length > 6 ? ' and others' : ''}.`);
  out.push(a.apps.length > 0 ? `${plural(a.apps.length, 'third-party app')} listed: ${joinWords(a.apps.map((x) => x.name))}.` : 'The export lists no third-party apps.');
  if (doc.flags.length > 0) out.push(`${plural(doc.flags.length, 'flag')} for a second look: ${joinWords(doc.flags.map((f) => flagWords(f).title))}.`);
  return out;
}

export function whereSummary(doc: AnalyzeDocument): string[] {
  const located = doc.findings.filter((f) => f.kind === 'host-location' || f.kind === 'path-location');
  if (doc.hosts.length === 0) return ['The export names no servers (no links).'];
  const byGrade = new Map<Grade, number>();
  for (const h of doc.hosts) byGrade.set(h.grade, (byGrade.get(h.grade) ?? 0) + 1);
  const grades = GRADES.filter((g) => byGrade.has(g));
  const out = [`Links in the export name ${plural(doc.hosts.length, 'server')}: ${joinWords(grades.map((g) => `${formatInt(byGrade.get(g) ?? 0)} at grade ${g}`))}.`];
  const storage = located.filter((f) => f.grade === 'A' || f.grade === 'B');
  out.push(storage.length > 0
    ? `${plural(storage.length, 'finding')} name${storage.length === 1 ? 's' : ''} a documented storage location (grade A or B).`
    : 'No address names a documented storage location (grade A or B): the export shows where content was delivered from, not where it is stored.');
  const places = new Map<string, Grade>();
  for (const h of doc.hosts) {
    const add = (country: string | null, g: Grade): void => {
      if (!country) return;
      const prev = places.get(country);
      if (prev === undefined || GRADES.indexOf(g) < GRADES.indexOf(prev)) places.set(country, g);
    };
    add(h.location.country, h.grade);
    for (const p of h.pathHints) add(p.location.country, p.grade);
  }
  if (places.size > 0) {
    const list = [...places.entries()].sort(([a], [b]) => byText(a, b)).map(([c, g]) => `${countryInSentence(c)} (grade ${g})`);
    out.push(`Location clues point to ${joinWords(list)}. Grades E–G say where content was served from, never where it is stored.`);
  }
  const unknown = doc.hosts.filter((h) => h.location.country === null && h.pathHints.every((p) => p.location.country === null));
  if (unknown.length > 0) out.push(`${plural(unknown.length, 'server')} ${unknown.length === 1 ? 'has' : 'have'} no location that can be determined offline.`);
  return out;
}
