/**
 * Who accessed the account: per-address, per-country and per-network aggregates of sign-ins,
 * plus the flags of access-flags.ts. Pure over records the store hands in.
 */
import type { Flag, IpRow } from '../../../shared/api';
import type { NetworkKind, Platform } from '../../../shared/domain';
import { datacenterFlags, impossibleTravelFlags, newCountryFlags, newDeviceSecurityFlags } from './access-flags';
import type { LoginRecord, SecurityEvent } from './access-types';
import { CENTROID_DISTANCE, type CountryDistance } from './geo';
import type { IpInfo } from './ip-intel';
import { byText, toMs } from './time-words';

export type { LoginRecord, SecurityEvent, SecurityKind } from './access-types';

export interface CountryRow { country: string | null; logins: number; ips: number }
export interface NetworkRow {
  asn: number | null;
  org: string | null;
  networkKind: NetworkKind;
  provider: string | null;
  logins: number;
  ips: number;
}

export interface AccessAnalysis {
  logins: number;
  ips: IpRow[];
  countries: CountryRow[];
  networks: NetworkRow[];
  flags: Flag[];
}

export interface AccessOptions {
  /** Country distances for impossible travel; default: country centre points only. */
  distance?: CountryDistance;
}

interface Span { first: string | null; firstMs: number; last: string | null; lastMs: number }
const emptySpan = (): Span => ({ first: null, firstMs: Infinity, last: null, lastMs: -Infinity });
function widen(span: Span, time: string | null): void {
  const ms = toMs(time);
  if (ms === null || time === null) return;
  if (ms < span.firstMs) { span.firstMs = ms; span.first = time; }
  if (ms > span.lastMs) { span.lastMs = ms; span.last = time; }
}

export function ipRows(logins: readonly LoginRecord[], flagged: ReadonlySet<number>): IpRow[] {
  const byIp = new Map<string, { info: IpInfo; count: number; span: Span; platforms: Set<Platform>; flagged: boolean }>();
  for (const l of logins) {
    let row = byIp.get(l.ip);
    if (!row) {
      row = { info: l.info, count: 0, span: emptySpan(), platforms: new Set(), flagged: false };
      byIp.set(l.ip, row);
    }
    row.count++;
    widen(row.span, l.time);
    row.platforms.add(l.platform);
    if (flagged.has(l.eventId)) row.flagged = true;
  }
  return [...byIp.entries()]
    .map(([ip, r]): IpRow => ({
      ip, count: r.count, first: r.span.first, last: r.span.last,
      country: r.info.country, registryCountry: r.info.registryCountry, asn: r.info.asn, org: r.info.org,
      networkKind: r.info.networkKind, provider: r.info.provider, networkBasis: r.info.networkBasis,
      platforms: [...r.platforms].sort(), flagged: r.flagged,
    }))
    .sort((a, b) => b.count - a.count || byText(a.first, b.first) || byText(a.ip, b.ip));
}

export function countryRows(logins: readonly LoginRecord[]): CountryRow[] {
  const by = new Map<string | null, { logins: number; ips: Set<string> }>();
  for (const l of logins) {
    const key = l.info.country;
    const row = by.get(key) ?? { logins: 0, ips: new Set<string>() };
    row.logins++;
    row.ips.add(l.ip);
    by.set(key, row);
  }
  return [...by.entries()]
    .map(([country, r]) => ({ country, logins: r.logins, ips: r.ips.size }))
    .sort((a, b) => b.logins - a.logins || byText(a.country, b.country));
}

export function networkRows(logins: readonly LoginRecord[]): NetworkRow[] {
  const by = new Map<string, NetworkRow & { ipSet: Set<string> }>();
  for (const l of logins) {
    const i = l.info;
    const key = i.asn !== null ? `as${i.asn}` : i.org ? `org:${i.org}` : `kind:${i.networkKind}`;
    let row = by.get(key);
    if (!row) {
      row = { asn: i.asn, org: i.org, networkKind: i.networkKind, provider: i.provider, logins: 0, ips: 0, ipSet: new Set() };
      by.set(key, row);
    }
    row.logins++;
    row.ipSet.add(l.ip);
  }
  return [...by.values()]
    .map(({ ipSet, ...r }) => ({ ...r, ips: ipSet.size }))
    .sort((a, b) => b.logins - a.logins || (a.asn ?? Infinity) - (b.asn ?? Infinity));
}

/** Aggregates and every flag, in a stable order (kind, then first time, then id). */
export function analyseAccess(
  logins: readonly LoginRecord[],
  security: readonly SecurityEvent[] = [],
  options: AccessOptions = {},
): AccessAnalysis {
  const distance = options.distance ?? CENTROID_DISTANCE;
  const flags = [
    ...datacenterFlags(logins),
    ...newCountryFlags(logins),
    ...impossibleTravelFlags(logins, distance),
    ...newDeviceSecurityFlags(logins, security),
  ];
  const flagged = new Set(flags.flatMap((f) => f.eventIds));
  return {
    logins: logins.length,
    ips: ipRows(logins, flagged),
    countries: countryRows(logins),
    networks: networkRows(logins),
    flags,
  };
}
