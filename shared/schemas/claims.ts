/**
 * The claims schema (docs/claims-and-reports.md): one zod schema for a claim, its test and its
 * subject, with the path-named messages a person can act on
 * (`$.claims[2].test.days: must be a whole number of days between 1 and 36500, got 0`).
 * Template references (`{"template": "<id>", ...overrides}`) are resolved before the schema runs.
 *
 * The schemas are built on first use: shared/claims.ts re-exports the parse functions from here
 * while this file reads its constants, and a module cycle must not touch them at load time.
 */
import { z } from './zod';
import type { ClaimEntry, ClaimTemplate, Claim, ClaimTest, ClaimTestType, RegionName } from '../claims';
import { CATEGORIES, CLAIM_TEST_TYPES, CLAIMS_SCHEMA, REGION_NAMES } from '../claims';
import { CLAIM_TEMPLATES } from '../claim-templates';
import { PLATFORMS } from '../domain';
import { fieldIssues } from './issues';

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
/** Claims are the reader's own text: showing the value helps them find it. */
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));
const got = (iss: { input?: unknown }) => `got ${show(iss.input)}`;

function uniqueSorted<T extends string>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---------- field builders ----------

/** A non-empty text of at most `max` characters; missing or null is "is required". */
const text = (max: number, what = 'a non-empty text') =>
  z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? 'is required (a text)' : `must be ${what}, ${got(iss)}`) })
    .refine((s) => s.trim() !== '', { error: (iss) => `must be ${what}, ${got(iss)}`, abort: true })
    .refine((s) => s.length <= max, { error: `is longer than ${max} characters`, abort: true });

/** Optional text: absent and null both become null. */
const optionalText = (max: number) => text(max).nullish().transform((v) => v ?? null);

const day = () =>
  text(10)
    .refine(isIsoDay, { error: (iss) => `must be a date written YYYY-MM-DD, ${got(iss)}` })
    .nullish()
    .transform((v) => v ?? null);

/** An optional list (absent or null = empty) of items; not a list says so. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: (iss) => `must be a list, ${got(iss)}` })
    .nullish()
    .transform((v): z.output<T>[] => v ?? []);

/** Strict object whose unknown keys are named with what is allowed. */
const object = <S extends z.ZodRawShape>(shape: S, notObject = 'must be an object') =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `unknown field (allowed: ${Object.keys(shape).join(', ')})` : iss.code === 'invalid_type' ? notObject : undefined,
  });

// ---------- the schemas ----------

const daysError = (iss: { input?: unknown }) => `must be a whole number of days between 1 and 36500, ${got(iss)}`;

function buildTest() {
  const types = CLAIM_TEST_TYPES.join(', ');
  const head = z.looseObject(
    { type: z.enum(CLAIM_TEST_TYPES as [ClaimTestType, ...ClaimTestType[]], { error: (iss) => `must be one of ${types}; ${got(iss)}` }) },
    { error: `must be an object with a "type" (one of ${types})` },
  );
  const country = z
    .string({ error: (iss) => `must be a two-letter ISO 3166-1 country code such as "US" or "IE", ${got(iss)}` })
    .transform((s) => s.toUpperCase())
    .refine((s) => COUNTRY.test(s), { error: (iss) => `must be a two-letter ISO 3166-1 country code such as "US" or "IE", ${got(iss)}` });
  const region = z.enum(REGION_NAMES as [RegionName, ...RegionName[]], { error: (iss) => `must be one of ${REGION_NAMES.join(', ')}, ${got(iss)}` });
  const named = (example: string) => text(100_000, `a non-empty text (${example})`).transform((s) => s.trim());
  const variants = [
    object({
      type: z.literal('served-or-stored-only-in'),
      mode: z.enum(['stored', 'served'], { error: (iss) => `must be "stored" or "served", ${got(iss)}` }),
      countries: list(country),
      regions: list(region),
      providers: list(named('a provider name such as "Oracle"')),
    })
      .refine((t) => t.countries.length + t.regions.length > 0, { error: 'needs at least one entry in "countries" or "regions"' })
      .transform((t) => ({ ...t, countries: uniqueSorted(t.countries), regions: uniqueSorted(t.regions) })),
    object({ type: z.literal('only-known-devices'), devices: list(named('a model such as "iPhone14,2" or an identifier')) }),
    object({ type: z.literal('no-datacenter-logins') }),
    object({ type: z.literal('no-third-party-apps') }),
    object({
      type: z.literal('login-history-retention-max-days'),
      days: z.int({ error: daysError }).min(1, { error: daysError }).max(36_500, { error: daysError }),
    }),
    object({
      type: z.literal('export-contains'),
      categories: z
        .array(
          z.enum(CATEGORIES as [string, ...string[]], { error: (iss) => `unknown category ${show(iss.input)} (known: ${CATEGORIES.join(', ')})` }),
          { error: 'is required: a list of categories, e.g. ["login", "device", "advertiser"]' },
        )
        .min(1, { error: 'is required: a list of categories, e.g. ["login", "device", "advertiser"]' })
        .transform((cs) => [...new Set(cs)]),
    }),
  ] as const;
  return head.pipe(z.discriminatedUnion('type', variants));
}

/** Every field of a Claim: the shape below must have exactly these. */
type ClaimKey = keyof Claim;


function buildClaim() {
  const platforms = ['any', ...PLATFORMS] as const;
  const subject = object({
    platform: z.enum(platforms, { error: (iss) => `must be one of ${platforms.join(', ')}; ${got(iss)}` }).nullish().transform((p) => p ?? 'any'),
    sourceSha256: z
      .string({ error: (iss) => `must be a SHA-256 (64 hexadecimal characters), ${got(iss)}` })
      .transform((s) => s.toLowerCase())
      .refine((s) => SHA.test(s), { error: (iss) => `must be a SHA-256 (64 hexadecimal characters), ${got(iss)}` })
      .nullish()
      .transform((s) => s ?? null),
  }, 'must be an object like {"platform": "tiktok"}');
  const source = object({
    title: text(500),
    url: optionalText(2000).refine((u) => u === null || /^https?:\/\/[^\s]+$/.test(u), { error: (iss) => `must be an http(s) address, ${got(iss)}` }),
    date: day(),
  }, 'must be an object like {"title": "…", "url": "https://…", "date": "2022-06-17"}');
  // In the order problems are reported (the order the hand-written validator had).
  const shape = {
    id: text(64).refine((s) => ID.test(s), { error: (iss) => `must be lower-case letters, digits and dashes (e.g. "us-data-in-us"), ${got(iss)}` }),
    statement: text(2000),
    statedBy: optionalText(200),
    appliesTo: optionalText(200),
    note: optionalText(2000),
    effectiveFrom: day(),
    subject: subject.nullish().transform((s) => s ?? { platform: 'any' as const, sourceSha256: null }),
    source: source.nullish().transform((s) => s ?? null),
    test: z.unknown().refine((v) => v !== undefined, { error: 'is required', abort: true }).pipe(buildTest()),
  } satisfies Record<ClaimKey, z.ZodType>;
  return object(shape, 'must be an object (a claim, or {"template": "<id>"})').transform(
    (c): Claim => ({
      id: c.id, statement: c.statement, statedBy: c.statedBy, appliesTo: c.appliesTo, subject: c.subject,
      test: c.test as ClaimTest, effectiveFrom: c.effectiveFrom, source: c.source, note: c.note,
    }),
  );
}

let claimSchema: ReturnType<typeof buildClaim> | null = null;
/** The schema of one full claim (built on first use, see the header). */
export function claimSchemaOf(): ReturnType<typeof buildClaim> {
  return (claimSchema ??= buildClaim());
}

// ---------- entries, templates, files ----------

/** A problem at a path relative to the entry ('' = the entry itself). */
interface EntryIssue { path: string; message: string }

/** A claim as plain JSON (the file form), every field written. */
export function claimToJson(claim: Claim): Obj {
  return JSON.parse(JSON.stringify(claim)) as Obj;
}

/**
 * One entry: a full claim, or `{"template": "<id>", ...overrides}` whose overrides replace the
 * template's fields (and whose `test` fields merge into the template's test).
 */
export function checkClaimEntry(raw: unknown, templates: readonly ClaimTemplate[] = CLAIM_TEMPLATES): { claim: Claim } | { issues: EntryIssue[] } {
  if (!isObj(raw)) return { issues: [{ path: '', message: `must be an object (a claim, or {"template": "<id>"}), ${got({ input: raw })}` }] };
  let value: Obj = raw;
  if (raw.template !== undefined) {
    const tpl = templates.find((t) => t.id === raw.template);
    if (!tpl) return { issues: [{ path: 'template', message: `unknown template ${show(raw.template)} (known: ${templates.map((t) => t.id).join(', ')})` }] };
    const { template: _t, ...overrides } = raw;
    void _t;
    const base = claimToJson(tpl.claim);
    value = { ...base, ...overrides };
    if (isObj(overrides.test)) {
      if (overrides.test.type !== undefined && overrides.test.type !== tpl.claim.test.type) {
        return { issues: [{ path: 'test.type', message: `a template's test type cannot change (template ${tpl.id} is "${tpl.claim.test.type}"); write a full claim instead` }] };
      }
      value.test = { ...(base.test as Obj), ...overrides.test };
    }
  }
  const r = claimSchemaOf().safeParse(value, { reportInput: true });
  return r.success ? { claim: r.data } : { issues: fieldIssues(r.error.issues) };
}

const at = (base: string, path: string) => (path === '' ? base : path.startsWith('[') ? `${base}${path}` : `${base}.${path}`);

/** One entry with errors prefixed by `path` (`$.claims[0]`). */
export function parseClaimEntry(raw: unknown, path: string, templates: readonly ClaimTemplate[] = CLAIM_TEMPLATES): ParseResult<Claim> {
  const r = checkClaimEntry(raw, templates);
  return 'claim' in r ? { ok: true, value: r.claim } : { ok: false, errors: r.issues.map((i) => `${at(path, i.path)}: ${i.message}`) };
}

/** Validates a list of claim entries (or a claims file object); ids must be unique. */
export function parseClaims(value: unknown, templates: readonly ClaimTemplate[] = CLAIM_TEMPLATES): ParseResult<Claim[]> {
  const errors: string[] = [];
  let entries: unknown[];
  if (Array.isArray(value)) entries = value;
  else if (isObj(value)) {
    for (const k of Object.keys(value)) if (k !== 'schema' && k !== 'claims') errors.push(`$.${k}: unknown field (allowed: schema, claims)`);
    if (value.schema !== undefined && value.schema !== CLAIMS_SCHEMA) errors.push(`$.schema: must be "${CLAIMS_SCHEMA}", got ${show(value.schema)}`);
    if (!Array.isArray(value.claims)) return { ok: false, errors: [...errors, '$.claims: is required: a list of claims'] };
    entries = value.claims;
  } else {
    return { ok: false, errors: [`$: a claims file is a JSON object {"schema": "${CLAIMS_SCHEMA}", "claims": [...]}, got ${show(value)}`] };
  }
  if (entries.length === 0) errors.push('$.claims: is empty: give at least one claim');
  if (entries.length > 200) errors.push('$.claims: has more than 200 claims');
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  entries.forEach((raw, i) => {
    const r = parseClaimEntry(raw, `$.claims[${i}]`, templates);
    if (!r.ok) return void errors.push(...r.errors);
    const prev = seen.get(r.value.id);
    if (prev !== undefined) errors.push(`$.claims[${i}].id: "${r.value.id}" is used twice (also by claim ${prev}); ids must be unique`);
    else seen.set(r.value.id, i);
    claims.push(r.value);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: claims };
}

/** Parses the text of a claims file; JSON syntax errors are reported plainly. */
export function parseClaimsFile(text: string, templates: readonly ClaimTemplate[] = CLAIM_TEMPLATES): ParseResult<Claim[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`$: not valid JSON (${err instanceof Error ? err.message : String(err)})`] };
  }
  return parseClaims(value, templates);
}

/**
 * A claims-request entry (`claims.evaluate`, `report.*`): checked whole by the schema gate, so a
 * wrong claim is a `bad-request` naming `claims[0].test.days`. Typed as the contract's ClaimEntry.
 */
export const claimEntry = z.custom<ClaimEntry>(() => true).superRefine((v, ctx) => {
  const r = checkClaimEntry(v);
  if ('issues' in r) for (const i of r.issues) ctx.addIssue({ code: 'custom', message: i.message, path: i.path === '' ? [] : splitPath(i.path) });
});

/** `test.countries[0]` → ['test', 'countries', 0] (the inverse of pathText). */
function splitPath(p: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of p.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}
