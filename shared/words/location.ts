/**
 * Every sentence the app says about where a link was stored or served from, in one file, so the
 * ladder's wording rules
 * (reference/location-knowledge.md §5.2) hold by construction:
 *  - B may say "stored in <region> (from the file's address)";
 *  - E, F and G say "delivered through", "served from" or "via", never "stored";
 *    the only sentence of E-G that mentions storing is NOT_STORED_SENTENCE, a negation;
 *  - F carries "(public evidence, <level> confidence)";
 *  - G says "location cannot be determined offline".
 * test/unit/evidence/wording.test.ts checks every rule and every generated statement.
 * (A `LocationStatement` is what one host or path token tells; it is not a `Claim` of
 * shared/claims.ts, which is what someone asserts and the app checks.)
 */
import type { Grade } from '../domain';
import { countryInSentence, placeName, regionPlace } from './country-names';

/** The one sentence E-G statements may use that mentions storing. */
export const NOT_STORED_SENTENCE = 'This does not show where the content is stored.';

export type Confidence = 'medium' | 'low to medium' | 'low';

/** What one host or path token tells, before wording: plain values, stored as a finding's `params.place`. */
export type LocationStatement =
  | { grade: 'B'; kind: 'storage'; provider: string; region: string; place: string | null; country: string | null }
  | { grade: 'E'; kind: 'edge'; owner: string; city: string; country: string; code: string; insideIsp: boolean }
  | { grade: 'F'; kind: 'cluster' | 'delivery'; place: string; token: string; where: 'host' | 'path' | 'domain'; confidence: Confidence }
  | { grade: 'G'; kind: 'none'; via: string };

export interface Noun { one: string; many: string }
export const LINKS: Noun = { one: 'link', many: 'links' };
export const LOGINS: Noun = { one: 'sign-in', many: 'sign-ins' };

const capitalise = (s: string): string => (s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s);

function storagePlace(c: Extract<LocationStatement, { kind: 'storage' }>): string {
  const where = regionPlace(c.place, c.country);
  return `${c.provider} region ${c.region}${where ? ` (${where})` : ''}`;
}

/** Lower-case verb phrase completing "This link was …" / "12 links were …". */
function predicate(c: LocationStatement, many: boolean): string {
  switch (c.kind) {
    case 'storage':
      return `stored in ${storagePlace(c)} (from the ${many ? 'files\' addresses' : 'file\'s address'})`;
    case 'edge': {
      const near = `near ${placeName(c.city, c.country)} (code ${c.code.toUpperCase()})`;
      const servers = c.insideIsp
        ? `${c.owner} caches that local internet providers host in their own networks ${near}`
        : `${c.owner} edge servers ${near}`;
      return `delivered through ${servers}, usually the ones nearest to whoever created the link`;
    }
    case 'cluster':
      return `served from ${c.place} (inferred from the \`${c.token}\` ${c.where} token; public evidence, ${c.confidence} confidence)`;
    case 'delivery':
      return `delivered through ${c.place} (inferred from the \`${c.token}\` domain; public evidence, ${c.confidence} confidence)`;
    case 'none':
      return `delivered via ${c.via}; the location cannot be determined offline`;
  }
}

function trailer(c: LocationStatement): string {
  return c.grade === 'E' ? ` ${NOT_STORED_SENTENCE}` : '';
}

/** One address: "Served from TikTok's Virginia (US-East) cluster (inferred …)." */
export function locationSentence(c: LocationStatement): string {
  return `${capitalise(predicate(c, false))}.${trailer(c)}`;
}

const day = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/** ", dated 2021-03-02 to 2022-05-30," or " (without dates)". Dates are the export's own. */
export function datedClause(first: string | null, last: string | null): string {
  const a = day(first);
  const b = day(last);
  if (!a || !b) return ' (without dates)';
  return a === b ? `, dated ${a},` : `, dated ${a} to ${b},`;
}

/** Many occurrences: "312 links in this export, dated …, were served from …". */
export function locationSummary(c: LocationStatement, count: number, first: string | null, last: string | null, noun: Noun = LINKS): string {
  const subject = `${count} ${count === 1 ? noun.one : noun.many} in this export${datedClause(first, last)}`;
  return `${subject} ${count === 1 ? 'was' : 'were'} ${predicate(c, count !== 1)}.${trailer(c)}`;
}

// ---------- sign-ins ----------

export function networkSummary(count: number, first: string | null, last: string | null, operator: string, asn: number | null, org: string | null): string {
  const id = asn !== null ? ` (AS${asn}${org && org !== operator ? ` "${org}"` : ''})` : '';
  const subject = `${count} ${count === 1 ? LOGINS.one : LOGINS.many} in this export${datedClause(first, last)}`;
  return `${subject} came from ${count === 1 ? 'a network' : 'networks'} operated by ${operator}${id}. `
    + 'The network\'s operator is not necessarily the person who signed in.';
}

/** Words for a country verdict at a grade: D "probably", E/F "possibly", G "cannot be determined". */
export function countrySummary(grade: Grade, country: string | null, count: number, first: string | null, last: string | null, reasons: readonly string[]): string {
  const subject = `${count} ${count === 1 ? LOGINS.one : LOGINS.many} in this export${datedClause(first, last)}`;
  const from = count === 1 ? 'came from an address' : 'came from addresses';
  if (!country || grade === 'G') {
    const why = reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
    return `${subject} ${from} whose location cannot be determined offline${why}.`;
  }
  const name = countryInSentence(country);
  if (grade === 'D' || grade === 'C' || grade === 'B' || grade === 'A') {
    return `${subject} ${from} probably in ${name} (two independent country datasets agree).`;
  }
  const why = reasons.length > 0 ? `: ${reasons.join('; ')}` : '';
  return `${subject} ${from} possibly in ${name} (lower confidence${why}).`;
}
