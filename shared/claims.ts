/**
 * Claims: a platform's public statement (or a reader's own hypothesis) in a form an export can be
 * tested against, and the verdicts the app gives. Pure types and pure helpers only.
 *
 * A claim = subject (which platform, optionally which archive) + one test. The claims file format
 * (`whereabouts report --claims FILE`) and the built-in templates are documented in
 * docs/claims-and-reports.md; parseClaimsFile (schemas/claims.ts) validates a file with path-named errors.
 */
import { EVENT_KINDS, type EventKind, type Grade, type Platform, type Provenance } from './domain';
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

// The claims schema and its parse functions live in schemas/claims.ts (zod, path-named messages).
export { checkClaimEntry, claimToJson, isIsoDay, parseClaimEntry, parseClaims, parseClaimsFile, type ParseResult } from './schemas/claims';

function uniqueSorted<T extends string>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every country a test allows: its countries plus its regions' members, sorted, unique. */
export function allowedCountries(test: Extract<ClaimTest, { type: 'served-or-stored-only-in' }>): string[] {
  return uniqueSorted([...test.countries, ...test.regions.flatMap((r) => REGION_COUNTRIES[r])]);
}
