/**
 * The vocabulary of findings and flags: a closed set of codes, each with the plain values
 * (`params`) its words are rendered from. The store keeps `code` + `params` (JSON), never the
 * sentence; shared/words/findings.ts and flags.ts turn them into words for the UI, the CLI and
 * the report, so every surface says the same thing and a wording change needs no re-analysis.
 * Documented in docs/analyze-json.md; the zod schemas are shared/schemas/words.ts.
 */
import type { Grade, NetworkKind } from '../domain';
import type { LocationStatement } from './location';
import type { KindBasis } from './network-words';

// ---------- findings ----------

export const FINDING_CODES = ['host-location', 'path-location', 'login-network', 'login-country'] as const;
/**
 * `host-location`: links grouped by host rule and location label; `path-location`: by path-token
 * rule and label; `login-network`: sign-ins per network operator (ASN), grade C;
 * `login-country`: sign-ins per country and grade.
 */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Why a sign-in country is graded below D (or G): one code per §5.2 rule of thumb. */
export const COUNTRY_REASONS = [
  'special-address', 'not-covered', 'one-dataset', 'datasets-disagree', 'server-network', 'relay-network', 'mobile-network',
] as const;
export type CountryReason = (typeof COUNTRY_REASONS)[number];

/** Counted occurrences and the export's own first and last times (ISO-8601 UTC or null). */
export interface CountedParams {
  count: number;
  first: string | null;
  last: string | null;
}

export interface LinkLocationParams extends CountedParams {
  /** What the host or path token tells (grade, kind and the place's plain values). */
  place: LocationStatement;
}

export interface LoginNetworkParams extends CountedParams {
  /** Provider name from the curated table, else the registry's organisation, else `AS<n>`. */
  operator: string;
  asn: number;
  org: string | null;
}

export interface LoginCountryParams extends CountedParams {
  grade: Grade;
  /** ISO 3166-1 alpha-2, or null when the datasets place none of the addresses. */
  country: string | null;
  /** Sorted, unique. */
  reasons: CountryReason[];
}

/** A finding's code with its params: construct and render through this, never by hand-written text. */
export type FindingVocab =
  | { code: 'host-location'; params: LinkLocationParams }
  | { code: 'path-location'; params: LinkLocationParams }
  | { code: 'login-network'; params: LoginNetworkParams }
  | { code: 'login-country'; params: LoginCountryParams };

// ---------- flags ----------

export const FLAG_CODES = ['datacenter-login', 'new-country', 'impossible-travel', 'new-device-security'] as const;
/**
 * `datacenter-login`: sign-ins from a cloud, hosting, VPN or platform network (one per ASN);
 * `new-country`: the first sign-in from a country other than the home country;
 * `impossible-travel`: two home-provider sign-ins too far apart for the time between them;
 * `new-device-security`: a new device's first sign-in followed by a password change, logout or
 * security event.
 */
export type FlagCode = (typeof FLAG_CODES)[number];

/** A network as flags name it: "Amazon / AWS, AS16509". */
export interface NetworkRef {
  provider: string | null;
  org: string | null;
  asn: number | null;
  kind: NetworkKind;
}

export interface DatacenterParams {
  kind: NetworkKind;
  /** Provider, else organisation, else `AS<n>`, else "an unnamed network". */
  name: string;
  asn: number | null;
  org: string | null;
  /** Sign-ins and distinct addresses. */
  count: number;
  addresses: number;
  /** First and last dated sign-in (ISO-8601 UTC), null when none is dated. */
  first: string | null;
  last: string | null;
  /** Which source decided the kind, and its one-line reason (`ips.network_basis`). */
  kindBasis: KindBasis;
  networkBasis: string;
}

export interface NewCountryParams {
  country: string;
  time: string;
  ip: string;
  network: NetworkRef;
  /** The registry's country when it names another one; else null. */
  registryCountry: string | null;
  /** Countries of the earlier dated sign-ins, in order of first appearance. */
  earlier: string[];
  /** Later sign-ins from the same country. */
  later: number;
  home: string;
}

export interface TravelEnd {
  ip: string;
  country: string;
  time: string;
  network: NetworkRef;
  /** Why the network was taken as a home internet provider (`ips.network_basis`). */
  networkBasis: string;
}

export interface ImpossibleTravelParams {
  from: TravelEnd;
  to: TravelEnd;
  apartMs: number;
  /** Distances between the countries' centre points and their nearest airports, null when unknown. */
  centreKm: number | null;
  nearestKm: number | null;
  /** Null when both sign-ins have the same time (both places at once). */
  speedKmh: number | null;
  /** The thresholds in force when the flag was raised. */
  minKm: number;
  maxKmh: number;
  airlinerKmh: number;
}

export type SecurityWord = 'password_change' | 'logout' | 'security';

export interface NewDeviceParams {
  /** The device key, shortened to 60 characters. */
  device: string;
  time: string;
  ip: string;
  country: string | null;
  network: NetworkRef;
  /** Time from the sign-in to the first security event. */
  withinMs: number;
  /** Kinds of the security events that followed, unique, in time order. */
  security: SecurityWord[];
  events: number;
  windowDays: number;
}

export type FlagVocab =
  | { code: 'datacenter-login'; params: DatacenterParams }
  | { code: 'new-country'; params: NewCountryParams }
  | { code: 'impossible-travel'; params: ImpossibleTravelParams }
  | { code: 'new-device-security'; params: NewDeviceParams };
