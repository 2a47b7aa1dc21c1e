/**
 * Matches hostnames and URL paths against host-rules.ts and path-rules.ts and words the result
 * through shared/words/location.ts. Pure: the IATA lookup is passed in (iata.ts loads it).
 */
import type { HostLocation } from '../../../shared/api';
import type { Grade } from '../../../shared/domain';
import { placeName, regionPlace } from './country-names';
import { HOST_RULES, type HostRule } from './host-rules';
import type { IataLookup } from './iata';
import { PATH_RULES, type PathRule } from './path-rules';
import { STORAGE_PROVIDER_NAMES, storageRegion } from './storage-regions';
import { locationSentence, type LocationStatement } from '../../../shared/words/location';

export interface HostMatch {
  /** Normalised host (lower case, no port, no trailing dot). */
  host: string;
  /** The rule that matched, or UNKNOWN_RULE. */
  ruleId: string;
  owner: string | null;
  location: HostLocation;
  grade: Grade;
  statement: string;
  basis: string | null;
  /** The plain values behind `statement`, for findings over many links (stored as their params). */
  said: LocationStatement;
  /** The piece of the host the location came from: IATA code, region, token. */
  token: string | null;
}

export interface PathHint {
  ruleId: string;
  /** The path token as found (`tos-maliva-p-0068`, `tos/useast2a`). */
  token: string;
  owner: string;
  location: HostLocation;
  grade: Grade;
  statement: string;
  basis: string;
  said: LocationStatement;
}

export interface UrlClassification {
  url: string;
  host: HostMatch;
  path: PathHint[];
}

export const UNKNOWN_RULE = 'unknown';

const NO_PLACE = (label: string): HostLocation => ({ label, kind: 'none', country: null, lat: null, lon: null });

const UNKNOWN_SAID: LocationStatement = { grade: 'G', kind: 'none', via: 'an address this app has no rule for' };
/** What a host no rule knows is said to be (presenter mode hides such hosts: they may be anyone's site). */
export const UNKNOWN_HOST_STATEMENT = locationSentence(UNKNOWN_SAID);

function unknownHost(host: string): HostMatch {
  return {
    host, ruleId: UNKNOWN_RULE, owner: null, location: NO_PLACE('Unrecognised address'),
    grade: 'G', statement: UNKNOWN_HOST_STATEMENT, basis: null, said: UNKNOWN_SAID, token: null,
  };
}

/** `HTTPS://Foo.Example.com.:443` -> `foo.example.com`; bracketed IPv6 kept without brackets. */
export function normaliseHost(raw: string): string {
  let h = raw.trim().toLowerCase();
  const scheme = h.indexOf('://');
  if (scheme >= 0) h = h.slice(scheme + 3);
  const slash = h.search(/[/?#]/);
  if (slash >= 0) h = h.slice(0, slash);
  const at = h.lastIndexOf('@');
  if (at >= 0) h = h.slice(at + 1);
  if (h.startsWith('[')) {
    const close = h.indexOf(']');
    return close > 0 ? h.slice(1, close) : h;
  }
  const colon = h.indexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  while (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

function fromRule(host: string, rule: HostRule, m: RegExpExecArray, iata: IataLookup): HostMatch {
  const base = { host, ruleId: rule.id, owner: rule.owner, basis: rule.basis };
  const loc = rule.location;
  switch (loc.type) {
    case 'fixed': {
      const said: LocationStatement = {
        grade: 'F', kind: loc.claim, place: loc.location.label,
        token: rule.token ?? rule.id, where: loc.claim === 'delivery' ? 'domain' : 'host', confidence: rule.confidence ?? 'low',
      };
      return { ...base, location: loc.location, grade: rule.grade, statement: locationSentence(said), said, token: m.slice(1).find((g) => !!g) ?? rule.token ?? null };
    }
    case 'iata': {
      const code = (m[loc.group] ?? '').toLowerCase();
      const place = iata(code);
      if (!place) {
        // Without a place the token proves nothing about location: grade it as unknown.
        const said: LocationStatement = { grade: 'G', kind: 'none', via: `${rule.owner} edge servers (code "${code}" is not in the offline airport list)` };
        return { ...base, location: NO_PLACE(`${rule.owner} edge, code ${code.toUpperCase()} (not in the airport list)`), grade: 'G', statement: locationSentence(said), said, token: code };
      }
      const said: LocationStatement = { grade: 'E', kind: 'edge', owner: rule.owner, city: place.city, country: place.country, code, insideIsp: loc.insideIsp };
      const what = loc.insideIsp ? `${rule.owner} cache in a local network` : `${rule.owner} edge`;
      return {
        ...base, grade: 'E', statement: locationSentence(said), said, token: code,
        location: {
          label: `${what} near ${placeName(place.city, place.country)} (${code.toUpperCase()})`,
          kind: 'edge', country: place.country, lat: place.lat, lon: place.lon,
        },
      };
    }
    case 'storage': {
      const r = storageRegion(loc.provider, m[loc.group] ?? '');
      const provider = STORAGE_PROVIDER_NAMES[loc.provider];
      const said: LocationStatement = { grade: 'B', kind: 'storage', provider, region: r.region, place: r.place, country: r.country };
      const where = regionPlace(r.place, r.country);
      return {
        ...base, grade: 'B', statement: locationSentence(said), said, token: r.region,
        location: {
          label: `${provider} ${r.region}${where ? ` (${where})` : ''}`,
          kind: 'storage-region', country: r.country, lat: r.lat, lon: r.lon,
        },
      };
    }
    case 'none': {
      const said: LocationStatement = { grade: 'G', kind: 'none', via: loc.via };
      return { ...base, location: NO_PLACE(`${rule.owner}: no location in the address`), grade: 'G', statement: locationSentence(said), said, token: null };
    }
  }
}

/** First matching rule wins; hosts no rule knows get grade G "Unrecognised address". */
export function classifyHost(rawHost: string, iata: IataLookup): HostMatch {
  const host = normaliseHost(rawHost);
  if (host.length === 0) return unknownHost(host);
  for (const rule of HOST_RULES) {
    const m = rule.pattern.exec(host);
    if (m) return fromRule(host, rule, m, iata);
  }
  return unknownHost(host);
}

/** The first rule matching `host`, for the rule-table test; null when none. */
export function firstHostRule(host: string): HostRule | null {
  const h = normaliseHost(host);
  return HOST_RULES.find((r) => r.pattern.test(h)) ?? null;
}

const TOS_SEGMENT = /(?:^|\/)(tos-[a-z0-9-]+)(?![a-z0-9-])/g;
const TOS_DIRECTORY = /\/tos\/([a-z0-9]+)(?=\/)/g;

/** `tos-…` segments and `/tos/<region>/` directories in a URL path, lower-cased, in order. */
export function pathTokens(pathname: string): string[] {
  const p = pathname.toLowerCase();
  const out: string[] = [];
  for (const m of p.matchAll(TOS_DIRECTORY)) out.push(`tos/${m[1] ?? ''}`);
  for (const m of p.matchAll(TOS_SEGMENT)) out.push(m[1] ?? '');
  return out.filter((t) => t.length > 4);
}

function hintFor(rule: PathRule, token: string): PathHint {
  const said: LocationStatement = { grade: 'F', kind: 'cluster', place: rule.location.label, token: rule.token, where: 'path', confidence: rule.confidence };
  return {
    ruleId: rule.id, token, owner: rule.owner, location: rule.location, grade: 'F',
    statement: locationSentence(said), basis: rule.basis, said,
  };
}

/** One hint per path rule that any token of the path matches (a path can name two). */
export function classifyPath(pathname: string): PathHint[] {
  const hints: PathHint[] = [];
  const seen = new Set<string>();
  for (const token of pathTokens(pathname)) {
    const rule = PATH_RULES.find((r) => r.pattern.test(token));
    if (rule && !seen.has(rule.id)) {
      seen.add(rule.id);
      hints.push(hintFor(rule, token));
    }
  }
  return hints;
}

function parseUrl(raw: string): URL | null {
  const s = raw.trim();
  try {
    return new URL(s);
  } catch {
    try {
      return /^[a-z][a-z0-9+.-]*:/i.test(s) ? null : new URL(`https://${s}`);
    } catch {
      return null;
    }
  }
}

/** Host and path are graded separately: a path token can name a different place than the host. */
export function classifyUrl(url: string, iata: IataLookup): UrlClassification {
  const u = parseUrl(url);
  if (!u) return { url, host: unknownHost(''), path: [] };
  return { url, host: classifyHost(u.hostname, iata), path: classifyPath(u.pathname) };
}

export interface HostKnowledge {
  classifyHost(host: string): HostMatch;
  classifyUrl(url: string): UrlClassification;
  /** The first path hint of a URL (classifyUrl(url).path[0]) without parsing URLs that cannot have one. */
  firstPathHint(url: string): PathHint | null;
}

/**
 * Every path token contains `tos` (TOS_SEGMENT, TOS_DIRECTORY), and a URL's path is its text
 * minus what the URL parser removes (tabs and line breaks) with non-ASCII percent-encoded, so a
 * URL without `tos` in any case, and without a tab or line break, has no path hint. Most URLs of
 * an export have none: this skips parsing them (issue 15: 6 % of an import).
 */
const MAY_HAVE_PATH_TOKEN = /tos|[\t\n\r]/i;

export function firstPathHint(url: string): PathHint | null {
  if (!MAY_HAVE_PATH_TOKEN.test(url)) return null;
  const u = parseUrl(url);
  return u ? (classifyPath(u.pathname)[0] ?? null) : null;
}

/** Binds an IATA lookup and memoises host results (exports repeat the same hosts many times). */
export function createHostKnowledge(iata: IataLookup, cacheLimit = 50_000): HostKnowledge {
  const cache = new Map<string, HostMatch>();
  const host = (h: string): HostMatch => {
    const key = normaliseHost(h);
    let hit = cache.get(key);
    if (!hit) {
      hit = classifyHost(key, iata);
      if (cache.size >= cacheLimit) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
  return {
    classifyHost: host,
    classifyUrl(url) {
      const u = parseUrl(url);
      if (!u) return { url, host: unknownHost(''), path: [] };
      return { url, host: host(u.hostname), path: classifyPath(u.pathname) };
    },
    firstPathHint,
  };
}
