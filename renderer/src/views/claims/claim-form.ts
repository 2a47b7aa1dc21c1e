/**
 * The "write a claim" form as plain data, and turning it into a claim the core accepts. Pure (no
 * DOM), so it is unit-tested under Node. Validation is the shared one (shared/claims.ts), so the
 * form, the CLI's --claims file and the API agree on every rule and message.
 */
import { CATEGORIES, parseClaims, type Category, type Claim, type ClaimTestType, type ClaimTemplate } from '../../../../shared/claims';

export interface ClaimFormState {
  statement: string;
  statedBy: string;
  type: ClaimTestType;
  mode: 'stored' | 'served';
  /** Comma- or space-separated ISO codes and region names (US, EU, EEA). */
  places: string;
  providers: string;
  devices: string;
  days: string;
  categories: Category[];
  effectiveFrom: string;
  /** The statement's address (http…) or, failing that, its title. */
  source: string;
}

export const EMPTY_FORM: ClaimFormState = {
  statement: '', statedBy: '', type: 'served-or-stored-only-in', mode: 'stored', places: '', providers: '', devices: '',
  days: '90', categories: ['login', 'device', 'advertiser'], effectiveFrom: '', source: '',
};

export const TEST_LABELS: Record<ClaimTestType, string> = {
  'served-or-stored-only-in': 'Data stored / served only in certain countries',
  'only-known-devices': 'Only my devices signed in',
  'no-datacenter-logins': 'No sign-ins from data-centre or VPN networks',
  'no-third-party-apps': 'No third-party apps have access',
  'login-history-retention-max-days': 'Login history kept at most N days',
  'export-contains': 'The export contains certain records',
};

export const FORM_CATEGORIES: readonly Category[] = CATEGORIES;

const words = (s: string): string[] => s.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);
const list = (s: string): string[] => s.split(/[,;\n]+/).map((x) => x.trim()).filter(Boolean);

/** A lower-case id from the statement, made unique against the ids already taken. */
export function claimIdFor(statement: string, taken: readonly string[]): string {
  const base = statement.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'my-claim';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}

/** The form as a claims-file entry (before validation). */
export function formToEntry(f: ClaimFormState, taken: readonly string[]): Record<string, unknown> {
  const test: Record<string, unknown> = { type: f.type };
  if (f.type === 'served-or-stored-only-in') {
    const places = words(f.places).map((p) => p.toUpperCase());
    test.mode = f.mode;
    test.regions = places.filter((p) => p === 'EU' || p === 'EEA');
    test.countries = places.filter((p) => p !== 'EU' && p !== 'EEA');
    test.providers = list(f.providers);
  } else if (f.type === 'only-known-devices') test.devices = list(f.devices);
  else if (f.type === 'login-history-retention-max-days') test.days = /^\d+$/.test(f.days.trim()) ? Number(f.days.trim()) : f.days;
  else if (f.type === 'export-contains') test.categories = f.categories;
  const entry: Record<string, unknown> = {
    id: claimIdFor(f.statement, taken), statement: f.statement.trim(), subject: { platform: 'any' }, test,
  };
  if (f.statedBy.trim()) entry.statedBy = f.statedBy.trim();
  if (f.effectiveFrom.trim()) entry.effectiveFrom = f.effectiveFrom.trim();
  const source = f.source.trim();
  if (source) entry.source = { title: source, url: /^https?:\/\//i.test(source) ? source : null };
  return entry;
}

/** Validates the form with the shared rules: a claim, or the problems in plain words. */
export function claimFromForm(f: ClaimFormState, taken: readonly string[], templates: readonly ClaimTemplate[]): { claim: Claim } | { errors: string[] } {
  const parsed = parseClaims([formToEntry(f, taken)], templates);
  if (parsed.ok) return { claim: parsed.value[0] as Claim };
  return { errors: parsed.errors.map((e) => e.replace(/^\$\.claims\[0\]\.?/, '').replace(/^test\./, '') || e) };
}

/** The devices in a device claim, replaced (the verdict card lets the reader name theirs). */
export function withDevices(claim: Claim, devices: readonly string[]): Claim {
  if (claim.test.type !== 'only-known-devices') return claim;
  return { ...claim, test: { type: 'only-known-devices', devices: [...new Set(devices.map((d) => d.trim()).filter(Boolean))] } };
}
