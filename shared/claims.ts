/**
 * Claims: a platform's public statement (or a reader's own hypothesis) in a form an export can be
 * tested against, and the verdicts the app gives. Pure types and pure helpers only.
 *
 * A claim = subject (which platform, optionally which archive) + one test. The claims file format
 * (`whereabouts report --claims FILE`) and the built-in templates are documented in
 * docs/claims-and-reports.md; parseClaimsFile below validates a file with path-named errors.
 */
import { EVENT_KINDS, PLATFORMS, type EventKind, type Grade, type Platform, type Provenance } from './domain';
import type { FactKind } from './records';

export const CLAIMS_SCHEMA = 'whereabouts.claims/1';

// ---------- tests ----------

/** Named groups of countries a claim may use instead of listing ISO codes. */
export const REGION_COUNTRIES = {
  US: ['US'],
  EU: ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
  EEA: ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
} as const satisfies Record<string, readonly string[]>;
export type RegionName = keyof typeof REGION_COUNTRIES;
export const REGION_NAMES = Object.keys(REGION_COUNTRIES) as RegionName[];

/** Untimed record kinds (shared/records.ts FactKind), listed so a claim can name them. */
export const FACT_KINDS = ['advertiser', 'data_partner', 'ad_interest', 'app', 'device', 'profile', 'off_platform'] as const satisfies readonly FactKind[];
type MissingFact = Exclude<FactKind, (typeof FACT_KINDS)[number]>;
const _allFacts: MissingFact extends never ? true : never = true;
void _allFacts;

/** What `export-contains` may ask for: a timeline event kind or an untimed record kind. */
export type Category = EventKind | (typeof FACT_KINDS)[number];
export const CATEGORIES: readonly Category[] = [...new Set<Category>([...EVENT_KINDS, ...FACT_KINDS])];

export type StorageMode = 'stored' | 'served';

export type ClaimTest =
  /** Data was stored (or served) only in these countries/regions, optionally only by these providers. */
  | { type: 'served-or-stored-only-in'; mode: StorageMode; countries: string[]; regions: RegionName[]; providers: string[] }
  /** Only these devices signed in (matched against model, system and identifiers; case-insensitive). */
  | { type: 'only-known-devices'; devices: string[] }
  /** No sign-in came from a cloud, hosting, VPN or platform network. */
  | { type: 'no-datacenter-logins' }
  /** No third-party app has (had) access. */
  | { type: 'no-third-party-apps' }
  /** No sign-in history table spans more than `days` days. */
  | { type: 'login-history-retention-max-days'; days: number }
  /** The export holds at least one record of each category (completeness). */
  | { type: 'export-contains'; categories: Category[] };

export type ClaimTestType = ClaimTest['type'];
export const CLAIM_TEST_TYPES: readonly ClaimTestType[] = [
  'served-or-stored-only-in', 'only-known-devices', 'no-datacenter-logins', 'no-third-party-apps',
  'login-history-retention-max-days', 'export-contains',
];

// ---------- claims ----------

export interface ClaimSubject {
  /** Whose claim it is about; 'any' tests every archive in the report. */
  platform: Platform | 'any';
  /** Restrict the test to one archive (its SHA-256, lower-case hex). */
  sourceSha256: string | null;
}

export interface ClaimSource {
  title: string;
  url: string | null;
  /** When the statement was made or published, YYYY-MM-DD. */
  date: string | null;
}

/** A claim after validation: every field present (null when not given), so reports are stable. */
export interface Claim {
  /** Lower-case letters, digits and dashes; unique within one file or report. */
  id: string;
  /** The claim in words, as it was made. */
  statement: string;
  /** Who made it ("TikTok"); null for the reader's own hypothesis. */
  statedBy: string | null;
  /** Whom it is about ("US users"), in words. */
  appliesTo: string | null;
  subject: ClaimSubject;
  test: ClaimTest;
  /** Evidence dated before this day (YYYY-MM-DD, UTC) does not count against the claim. */
  effectiveFrom: string | null;
  source: ClaimSource | null;
  note: string | null;
}

/** A claims-file entry that uses a template: `{"template": "<id>", ...fields to override}`. */
export interface ClaimTemplateRef {
  template: string;
  [override: string]: unknown;
}

/** What a claims file (or an API request) lists: full claims or template references. */
export type ClaimEntry = Claim | ClaimTemplateRef;

export interface ClaimTemplate {
  id: string;
  /** Short label for pickers. */
  name: string;
  /** When the template was written (YYYY-MM-DD). */
  added: string;
  claim: Claim;
}

// ---------- verdicts ----------

export const VERDICTS = ['consistent', 'contradicted', 'questionable', 'not-testable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * What a piece of evidence does for the verdict:
 *  supports     agrees with the claim
 *  contradicts  disagrees, and is strong enough to (grade A–D only; see electron/core/claims/decide.ts)
 *  questions    disagrees, but only as a hint (grade E–G, undated, or not about storage)
 *  predates     dated before the claim applies; shown, never counted
 *  context      relevant but neither for nor against (e.g. a location that cannot be determined)
 */
export const EVIDENCE_ROLES = ['contradicts', 'questions', 'supports', 'predates', 'context'] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

export interface EvidenceRef {
  /** Stable reference: `finding:<id>`, `records:<sha12>:<member>`, `device:<label>`, `app:<name>`, `category:<name>`. */
  ref: string;
  role: EvidenceRole;
  grade: Grade;
  /** Plain words: what this evidence shows. */
  what: string;
  count: number;
  first: string | null;
  last: string | null;
  /** ISO country the evidence names, when it names one. */
  country: string | null;
  /** Where to find it: archive SHA-256 + member + pointer (a few, in time order). */
  citations: Provenance[];
  /** Timeline rows behind it — in the app only; reports never carry database row ids. */
  eventIds?: number[];
}

export interface ClaimVerdict {
  claimId: string;
  verdict: Verdict;
  /** Strongest grade behind the verdict (the deciding evidence), null when nothing decided it. */
  grade: Grade | null;
  /** One sentence. */
  headline: string;
  /** Plain-words reasons and caveats, in order. */
  reasons: string[];
  evidence: EvidenceRef[];
  /** SHA-256 of the archives the test looked at. */
  sources: string[];
}

export interface ClaimsEvaluation {
  claims: Claim[];
  verdicts: ClaimVerdict[];
}

// ---------- validation ----------

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SHA = /^[0-9a-f]{64}$/;
const COUNTRY = /^[A-Z]{2}$/;

export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isFinite(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

/** Collects errors with the JSON path they belong to. */
class Checker {
  readonly errors: string[] = [];
  fail(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }
  unknownKeys(o: Obj, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(`${path}.${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
  }
  string(o: Obj, key: string, path: string, required: boolean, max = 2000): string | null {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) this.fail(`${path}.${key}`, 'is required (a text)');
      return null;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(`${path}.${key}`, `must be a non-empty text, got ${show(v)}`);
      return null;
    }
    if (v.length > max) {
      this.fail(`${path}.${key}`, `is longer than ${max} characters`);
      return null;
    }
    return v;
  }
  day(o: Obj, key: string, path: string): string | null {
    const s = this.string(o, key, path, false, 10);
    if (s !== null && !isIsoDay(s)) {
      this.fail(`${path}.${key}`, `must be a date written YYYY-MM-DD, got ${show(s)}`);
      return null;
    }
    return s;
  }
  list(o: Obj, key: string, path: string): unknown[] | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (!Array.isArray(v)) {
      this.fail(`${path}.${key}`, `must be a list, got ${show(v)}`);
      return null;
    }
    return v;
  }
}

function parseTest(c: Checker, raw: unknown, path: string): ClaimTest | null {
  if (!isObj(raw)) {
    c.fail(path, `must be an object with a "type" (one of ${CLAIM_TEST_TYPES.join(', ')})`);
    return null;
  }
  const type = raw.type;
  if (typeof type !== 'string' || !(CLAIM_TEST_TYPES as readonly string[]).includes(type)) {
    c.fail(`${path}.type`, `must be one of ${CLAIM_TEST_TYPES.join(', ')}; got ${show(type)}`);
    return null;
  }
  const before = c.errors.length;
  switch (type as ClaimTestType) {
    case 'served-or-stored-only-in': {
      c.unknownKeys(raw, path, ['type', 'mode', 'countries', 'regions', 'providers']);
      const mode = raw.mode;
      if (mode !== 'stored' && mode !== 'served') c.fail(`${path}.mode`, `must be "stored" or "served", got ${show(mode)}`);
      const countries: string[] = [];
      (c.list(raw, 'countries', path) ?? []).forEach((v, i) => {
        const s = typeof v === 'string' ? v.toUpperCase() : null;
        if (s === null || !COUNTRY.test(s)) c.fail(`${path}.countries[${i}]`, `must be a two-letter ISO 3166-1 country code such as "US" or "IE", got ${show(v)}`);
        else countries.push(s);
      });
      const regions: RegionName[] = [];
      (c.list(raw, 'regions', path) ?? []).forEach((v, i) => {
        if (typeof v !== 'string' || !(REGION_NAMES as string[]).includes(v)) c.fail(`${path}.regions[${i}]`, `must be one of ${REGION_NAMES.join(', ')}, got ${show(v)}`);
        else regions.push(v as RegionName);
      });
      if (countries.length + regions.length === 0 && c.errors.length === before) c.fail(path, 'needs at least one entry in "countries" or "regions"');
      const providers: string[] = [];
      (c.list(raw, 'providers', path) ?? []).forEach((v, i) => {
        if (typeof v !== 'string' || v.trim() === '') c.fail(`${path}.providers[${i}]`, `must be a non-empty text (a provider name such as "Oracle"), got ${show(v)}`);
        else providers.push(v.trim());
      });
      if (c.errors.length > before) return null;
      return { type: 'served-or-stored-only-in', mode: mode as StorageMode, countries: uniqueSorted(countries), regions: uniqueSorted(regions), providers };
    }
    case 'only-known-devices': {
      c.unknownKeys(raw, path, ['type', 'devices']);
      const devices: string[] = [];
      (c.list(raw, 'devices', path) ?? []).forEach((v, i) => {
        if (typeof v !== 'string' || v.trim() === '') c.fail(`${path}.devices[${i}]`, `must be a non-empty text (a model such as "iPhone14,2" or an identifier), got ${show(v)}`);
        else devices.push(v.trim());
      });
      return c.errors.length > before ? null : { type: 'only-known-devices', devices };
    }
    case 'no-datacenter-logins':
    case 'no-third-party-apps':
      c.unknownKeys(raw, path, ['type']);
      return c.errors.length > before ? null : { type: type as 'no-datacenter-logins' | 'no-third-party-apps' };
    case 'login-history-retention-max-days': {
      c.unknownKeys(raw, path, ['type', 'days']);
      const days = raw.days;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 36_500) {
        c.fail(`${path}.days`, `must be a whole number of days between 1 and 36500, got ${show(days)}`);
        return null;
      }
      return c.errors.length > before ? null : { type: 'login-history-retention-max-days', days };
    }
    case 'export-contains': {
      c.unknownKeys(raw, path, ['type', 'categories']);
      const list = c.list(raw, 'categories', path);
      if (list === null || list.length === 0) {
        if (c.errors.length === before) c.fail(`${path}.categories`, `is required: a list of categories, e.g. ["login", "device", "advertiser"]`);
        return null;
      }
      const categories: Category[] = [];
      list.forEach((v, i) => {
        if (typeof v !== 'string' || !(CATEGORIES as readonly string[]).includes(v)) c.fail(`${path}.categories[${i}]`, `unknown category ${show(v)} (known: ${CATEGORIES.join(', ')})`);
        else categories.push(v as Category);
      });
      return c.errors.length > before ? null : { type: 'export-contains', categories: [...new Set(categories)] };
    }
  }
}

function uniqueSorted<T extends string>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const CLAIM_KEYS = ['id', 'statement', 'statedBy', 'appliesTo', 'subject', 'test', 'effectiveFrom', 'source', 'note'] as const;

function parseClaimObject(c: Checker, raw: Obj, path: string): Claim | null {
  const before = c.errors.length;
  c.unknownKeys(raw, path, CLAIM_KEYS);
  const id = c.string(raw, 'id', path, true, 64);
  if (id !== null && !ID.test(id)) c.fail(`${path}.id`, `must be lower-case letters, digits and dashes (e.g. "us-data-in-us"), got ${show(id)}`);
  const statement = c.string(raw, 'statement', path, true);
  const statedBy = c.string(raw, 'statedBy', path, false, 200);
  const appliesTo = c.string(raw, 'appliesTo', path, false, 200);
  const note = c.string(raw, 'note', path, false);
  const effectiveFrom = c.day(raw, 'effectiveFrom', path);

  let subject: ClaimSubject = { platform: 'any', sourceSha256: null };
  if (raw.subject !== undefined && raw.subject !== null) {
    if (!isObj(raw.subject)) c.fail(`${path}.subject`, 'must be an object like {"platform": "tiktok"}');
    else {
      const s = raw.subject;
      c.unknownKeys(s, `${path}.subject`, ['platform', 'sourceSha256']);
      const platform = s.platform ?? 'any';
      if (platform !== 'any' && !(PLATFORMS as readonly unknown[]).includes(platform)) {
        c.fail(`${path}.subject.platform`, `must be one of any, ${PLATFORMS.join(', ')}; got ${show(platform)}`);
      }
      const sha = s.sourceSha256 ?? null;
      if (sha !== null && (typeof sha !== 'string' || !SHA.test(sha.toLowerCase()))) {
        c.fail(`${path}.subject.sourceSha256`, `must be a SHA-256 (64 hexadecimal characters), got ${show(sha)}`);
      }
      subject = { platform: platform as ClaimSubject['platform'], sourceSha256: typeof sha === 'string' ? sha.toLowerCase() : null };
    }
  }

  let source: ClaimSource | null = null;
  if (raw.source !== undefined && raw.source !== null) {
    if (!isObj(raw.source)) c.fail(`${path}.source`, 'must be an object like {"title": "…", "url": "https://…", "date": "2022-06-17"}');
    else {
      const s = raw.source;
      c.unknownKeys(s, `${path}.source`, ['title', 'url', 'date']);
      const title = c.string(s, 'title', `${path}.source`, true, 500);
      const url = c.string(s, 'url', `${path}.source`, false, 2000);
      if (url !== null && !/^https?:\/\/[^\s]+$/.test(url)) c.fail(`${path}.source.url`, `must be an http(s) address, got ${show(url)}`);
      const date = c.day(s, 'date', `${path}.source`);
      source = { title: title ?? '', url, date };
    }
  }

  const test = raw.test === undefined ? (c.fail(`${path}.test`, 'is required'), null) : parseTest(c, raw.test, `${path}.test`);
  if (c.errors.length > before || id === null || statement === null || test === null) return null;
  return { id, statement, statedBy, appliesTo, subject, test, effectiveFrom, source, note };
}

/**
 * One entry of a claims file: a full claim, or `{"template": "<id>", ...overrides}` where the
 * overrides replace the template's fields (and `test` fields merge into the template's test).
 */
export function parseClaimEntry(raw: unknown, path: string, templates: readonly ClaimTemplate[], c = new Checker()): Claim | null {
  if (!isObj(raw)) {
    c.fail(path, `must be an object (a claim, or {"template": "<id>"}), got ${show(raw)}`);
    return null;
  }
  if (raw.template === undefined) return parseClaimObject(c, raw, path);
  const name = raw.template;
  const tpl = templates.find((t) => t.id === name);
  if (!tpl) {
    c.fail(`${path}.template`, `unknown template ${show(name)} (known: ${templates.map((t) => t.id).join(', ')})`);
    return null;
  }
  const { template: _t, ...overrides } = raw;
  void _t;
  const base = claimToJson(tpl.claim);
  const merged: Obj = { ...base, ...overrides };
  if (isObj(overrides.test)) {
    const testOverride = overrides.test;
    if (testOverride.type !== undefined && testOverride.type !== tpl.claim.test.type) {
      c.fail(`${path}.test.type`, `a template's test type cannot change (template ${tpl.id} is "${tpl.claim.test.type}"); write a full claim instead`);
      return null;
    }
    merged.test = { ...(base.test as Obj), ...testOverride };
  }
  return parseClaimObject(c, merged, path);
}

/** A claim as plain JSON (the file form), every field written. */
export function claimToJson(claim: Claim): Obj {
  return JSON.parse(JSON.stringify(claim)) as Obj;
}

/** Validates a list of claim entries (or a claims file object); ids must be unique. */
export function parseClaims(value: unknown, templates: readonly ClaimTemplate[]): ParseResult<Claim[]> {
  const c = new Checker();
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (isObj(value)) {
    c.unknownKeys(value, '$', ['schema', 'claims']);
    if (value.schema !== undefined && value.schema !== CLAIMS_SCHEMA) c.fail('$.schema', `must be "${CLAIMS_SCHEMA}", got ${show(value.schema)}`);
    if (!Array.isArray(value.claims)) {
      c.fail('$.claims', 'is required: a list of claims');
      return { ok: false, errors: c.errors };
    }
    list = value.claims;
  } else {
    return { ok: false, errors: [`$: a claims file is a JSON object {"schema": "${CLAIMS_SCHEMA}", "claims": [...]}, got ${show(value)}`] };
  }
  if (list.length === 0) c.fail('$.claims', 'is empty: give at least one claim');
  if (list.length > 200) c.fail('$.claims', 'has more than 200 claims');
  const claims: Claim[] = [];
  list.forEach((raw, i) => {
    const claim = parseClaimEntry(raw, `$.claims[${i}]`, templates, c);
    if (claim) claims.push(claim);
  });
  const seen = new Map<string, number>();
  claims.forEach((cl, i) => {
    const prev = seen.get(cl.id);
    if (prev !== undefined) c.fail(`$.claims[${i}].id`, `"${cl.id}" is used twice (also by claim ${prev}); ids must be unique`);
    seen.set(cl.id, i);
  });
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, value: claims };
}

/** Parses the text of a claims file; JSON syntax errors are reported plainly. */
export function parseClaimsFile(text: string, templates: readonly ClaimTemplate[]): ParseResult<Claim[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`$: not valid JSON (${err instanceof Error ? err.message : String(err)})`] };
  }
  return parseClaims(value, templates);
}

/** Every country a test allows: its countries plus its regions' members, sorted, unique. */
export function allowedCountries(test: Extract<ClaimTest, { type: 'served-or-stored-only-in' }>): string[] {
  return uniqueSorted([...test.countries, ...test.regions.flatMap((r) => REGION_COUNTRIES[r])]);
}
