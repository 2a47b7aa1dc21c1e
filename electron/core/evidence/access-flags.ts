/**
 * The four sign-in flags. Each says what was seen, why it stands out, and what it does not prove.
 *
 * Assumptions (also in the explanations):
 *  - Only logins with a readable time take part in the time-ordered checks (b, c, d).
 *  - new-country: relative to the account's own history. Its home country (the country most
 *    sign-ins from home and mobile internet providers come from; ties go to the earliest) is the
 *    baseline and never flagged. Sign-ins from cloud, hosting, VPN, platform, private and
 *    unknown networks do not count, because their country is a server's or unknown (servers
 *    have the datacenter flag instead); CDN relays (iCloud Private Relay) do count.
 *  - impossible-travel: consecutive eligible sign-ins in different countries, more than
 *    TRAVEL_MIN_KM apart and needing more than TRAVEL_MAX_KMH (an airliner cruises at about
 *    900 km/h). Country positions are coarse, so the gate uses the nearest airports of the two
 *    countries when known (else their centre points) and both thresholds lean towards silence.
 *    Only home/office internet providers are compared: a server (hosting, cloud, VPN, platform),
 *    a CDN relay, an unknown network or a private address says nothing about where a person
 *    was, and mobile carriers are left out too because their addresses are often registered
 *    far from the phone. Day- or month-precise times are skipped. Each flag cites both records.
 *  - new-device-security: the device of the first dated sign-in is the baseline; a later first
 *    sign-in by a device followed within NEW_DEVICE_WINDOW_DAYS by a password change, logout or
 *    security event is flagged.
 *
 * Each flag is a code with plain params (shared/words/codes.ts); its title and explanation are
 * rendered from them by shared/words/flags.ts, so the store keeps no sentence.
 */
import type { Flag } from '../../../shared/api';
import type { NetworkKind, Provenance } from '../../../shared/domain';
import type { FlagVocab, NetworkRef } from '../../../shared/words/codes';
import { flagWords } from '../../../shared/words/flags';
import { datedInOrder, type LoginRecord, type SecurityEvent } from './access-types';
import type { CountryDistance } from './geo';
import { stableId } from './stable-id';
import { byText, DAY_MS, toMs } from './time-words';

export const TRAVEL_MIN_KM = 500;
export const TRAVEL_MAX_KMH = 1000;
export const AIRLINER_KMH = 900;
export const NEW_DEVICE_WINDOW_DAYS = 7;
/** Flags list every event id but cap their provenance list. */
export const FLAG_EVIDENCE_CAP = 50;

const DATACENTER_KINDS: readonly NetworkKind[] = ['cloud', 'hosting', 'vpn', 'platform'];
/** Networks where a person sits: the home country is counted over these. */
export const PERSON_KINDS: readonly NetworkKind[] = ['isp', 'mobile'];
/** Kinds whose country stands for where the person was (roughly): person networks and privacy relays. */
const COUNTRY_KINDS: readonly NetworkKind[] = ['isp', 'mobile', 'cdn'];
/** Compared for impossible travel: fixed lines only (see the header). */
export const TRAVEL_KINDS: readonly NetworkKind[] = ['isp'];

/** A flag from its fields and vocabulary; `kind` mirrors `code`, title and explanation are rendered. */
export function wordedFlag(f: Omit<Flag, 'kind' | 'title' | 'explanation' | 'code' | 'params'>, v: FlagVocab): Flag {
  const w = flagWords(v);
  return {
    id: f.id, kind: v.code, severity: f.severity, title: w.title, explanation: w.explanation,
    eventIds: f.eventIds, evidence: f.evidence, first: f.first, last: f.last, ...v,
  };
}

function evidenceOf(items: readonly (Provenance | undefined)[]): Provenance[] {
  const seen = new Set<string>();
  const out: Provenance[] = [];
  for (const p of items) {
    if (!p) continue;
    const key = `${p.sourceSha256}\u0000${p.member}\u0000${p.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
    if (out.length >= FLAG_EVIDENCE_CAP) break;
  }
  return out;
}

function networkOf(l: LoginRecord): NetworkRef {
  const i = l.info;
  return { provider: i.provider, org: i.org, asn: i.asn, kind: i.networkKind };
}

function span(logins: readonly LoginRecord[]): { first: string | null; last: string | null } {
  const dated = datedInOrder(logins);
  return { first: dated[0]?.login.time ?? null, last: dated[dated.length - 1]?.login.time ?? null };
}

// ---------- (a) datacenter-login ----------

/** One flag per network (ASN) of kind cloud, hosting, VPN or platform. CDNs are not flagged. */
export function datacenterFlags(logins: readonly LoginRecord[]): Flag[] {
  const groups = new Map<string, LoginRecord[]>();
  for (const l of logins) {
    if (!DATACENTER_KINDS.includes(l.info.networkKind)) continue;
    const key = l.info.asn !== null ? `as${l.info.asn}` : `org:${l.info.org ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(l);
    groups.set(key, list);
  }
  const flags: Flag[] = [];
  for (const [key, list] of groups) {
    const head = list[0];
    if (!head) continue;
    const i = head.info;
    const kind = i.networkKind;
    const name = i.provider ?? i.org ?? (i.asn !== null ? `AS${i.asn}` : 'an unnamed network');
    const ips = new Set(list.map((l) => l.ip));
    const { first, last } = span(list);
    flags.push(wordedFlag({
      id: stableId('flag', 'datacenter-login', key),
      severity: kind === 'cloud' || kind === 'hosting' ? 'warning' : 'info',
      eventIds: list.map((l) => l.eventId),
      evidence: evidenceOf(list.map((l) => l.provenance)),
      first, last,
    }, {
      code: 'datacenter-login',
      params: {
        kind, name, asn: i.asn, org: i.org, count: list.length, addresses: ips.size, first, last,
        kindBasis: i.kindBasis, networkBasis: i.networkBasis,
      },
    }));
  }
  return flags.sort((a, b) => byText(a.first, b.first) || byText(a.id, b.id));
}

// ---------- (b) new-country ----------

/** The country a sign-in counts under: the geolocation dataset, else the registry. */
const countryOf = (l: LoginRecord): string | null => l.info.country ?? l.info.registryCountry;

/**
 * The account's home country: the country most sign-ins from person networks (home and mobile
 * internet providers) come from, dated or not; ties go to the country seen first. When the
 * export has no such sign-in, CDN relays count instead. Null when no sign-in has a country.
 */
export function homeCountry(logins: readonly LoginRecord[]): string | null {
  for (const kinds of [PERSON_KINDS, COUNTRY_KINDS]) {
    const counts = new Map<string, { n: number; firstMs: number }>();
    for (const l of logins) {
      const cc = countryOf(l);
      if (cc === null || !kinds.includes(l.info.networkKind)) continue;
      const c = counts.get(cc) ?? { n: 0, firstMs: Infinity };
      c.n++;
      c.firstMs = Math.min(c.firstMs, toMs(l.time) ?? Infinity);
      counts.set(cc, c);
    }
    const best = [...counts.entries()].sort((x, y) => y[1].n - x[1].n || x[1].firstMs - y[1].firstMs || byText(x[0], y[0]))[0];
    if (best) return best[0];
  }
  return null;
}

export function newCountryFlags(logins: readonly LoginRecord[]): Flag[] {
  const home = homeCountry(logins);
  if (home === null) return [];
  const before: string[] = []; // countries of the eligible sign-ins so far, in order
  const flagged = new Set<string>([home]);
  const flags: Flag[] = [];
  const eligible = datedInOrder(logins).filter(({ login }) => COUNTRY_KINDS.includes(login.info.networkKind) && countryOf(login) !== null);
  for (const { login } of eligible) {
    const cc = countryOf(login) as string;
    const earlier = [...before];
    if (!before.includes(cc)) before.push(cc);
    if (flagged.has(cc)) continue;
    flagged.add(cc);
    const later = eligible.filter((e) => countryOf(e.login) === cc).length - 1;
    const registryCountry = login.info.registryCountry && login.info.registryCountry !== login.info.country && login.info.country
      ? login.info.registryCountry : null;
    flags.push(wordedFlag({
      id: stableId('flag', 'new-country', cc, login.eventId),
      severity: 'warning',
      eventIds: [login.eventId],
      evidence: evidenceOf([login.provenance]),
      first: login.time, last: login.time,
    }, {
      code: 'new-country',
      params: { country: cc, time: login.time as string, ip: login.ip, network: networkOf(login), registryCountry, earlier, later, home },
    }));
  }
  return flags;
}

// ---------- (c) impossible-travel ----------

export function impossibleTravelFlags(logins: readonly LoginRecord[], distance: CountryDistance): Flag[] {
  const eligible = datedInOrder(logins).filter(({ login }) =>
    TRAVEL_KINDS.includes(login.info.networkKind)
    && login.info.country !== null
    && login.precision !== 'day' && login.precision !== 'month');
  const flags: Flag[] = [];
  for (let k = 1; k < eligible.length; k++) {
    const a = eligible[k - 1];
    const b = eligible[k];
    if (!a || !b) continue;
    const ca = a.login.info.country as string;
    const cb = b.login.info.country as string;
    if (ca === cb) continue;
    const centre = distance.centroidKm(ca, cb);
    const nearest = distance.nearestKm(ca, cb);
    const km = nearest ?? centre;
    if (km === null || km <= TRAVEL_MIN_KM) continue;
    const hours = (b.ms - a.ms) / 3_600_000;
    const speed = hours > 0 ? km / hours : Infinity;
    if (speed <= TRAVEL_MAX_KMH) continue;
    const end = (l: LoginRecord, country: string) => ({
      ip: l.ip, country, time: l.time as string, network: networkOf(l), networkBasis: l.info.networkBasis,
    });
    flags.push(wordedFlag({
      id: stableId('flag', 'impossible-travel', a.login.eventId, b.login.eventId),
      severity: 'alert',
      eventIds: [a.login.eventId, b.login.eventId],
      evidence: evidenceOf([a.login.provenance, b.login.provenance]),
      first: a.login.time, last: b.login.time,
    }, {
      code: 'impossible-travel',
      params: {
        from: end(a.login, ca), to: end(b.login, cb), apartMs: b.ms - a.ms, centreKm: centre, nearestKm: nearest,
        speedKmh: Number.isFinite(speed) ? speed : null, minKm: TRAVEL_MIN_KM, maxKmh: TRAVEL_MAX_KMH, airlinerKmh: AIRLINER_KMH,
      },
    }));
  }
  return flags;
}

// ---------- (d) new-device-security ----------

export function newDeviceSecurityFlags(logins: readonly LoginRecord[], security: readonly SecurityEvent[]): Flag[] {
  const events = security
    .map((e) => ({ e, ms: toMs(e.time) }))
    .filter((x): x is { e: SecurityEvent; ms: number } => x.ms !== null)
    .sort((a, b) => a.ms - b.ms || a.e.eventId - b.e.eventId);
  const seen = new Set<string>();
  const flags: Flag[] = [];
  for (const { login, ms } of datedInOrder(logins)) {
    const key = login.deviceKey;
    if (key === null || seen.has(key)) continue;
    const baseline = seen.size === 0;
    seen.add(key);
    if (baseline) continue;
    const after = events.filter((x) => x.ms >= ms && x.ms - ms <= NEW_DEVICE_WINDOW_DAYS * DAY_MS);
    if (after.length === 0) continue;
    const firstAfter = after[0] as { e: SecurityEvent; ms: number };
    const security = [...new Set(after.map((x) => x.e.kind))];
    const device = key.length > 60 ? `${key.slice(0, 57)}…` : key;
    flags.push(wordedFlag({
      id: stableId('flag', 'new-device-security', key, login.eventId),
      severity: 'warning',
      eventIds: [login.eventId, ...after.map((x) => x.e.eventId)],
      evidence: evidenceOf([login.provenance, ...after.map((x) => x.e.provenance)]),
      first: login.time,
      last: after[after.length - 1]?.e.time ?? login.time,
    }, {
      code: 'new-device-security',
      params: {
        device, time: login.time as string, ip: login.ip, country: countryOf(login), network: networkOf(login),
        withinMs: firstAfter.ms - ms, security, events: after.length, windowDays: NEW_DEVICE_WINDOW_DAYS,
      },
    }));
  }
  return flags;
}
