/**
 * The response schema of every contract channel (shared/api.ts). Responses are produced by our own
 * code, so they are not re-checked on every call; the schemas document the contract, are proven
 * equal to the TypeScript types at compile time (agree.ts), and tests check real responses
 * against them (test/integration/contract-schemas.test.ts).
 */
import { z } from './zod';
import { AGGREGATE_DIMENSIONS, type Channel } from '../api';
import { CATEGORIES, EVIDENCE_ROLES, REGION_NAMES, VERDICTS, type Category, type RegionName } from '../claims';
import { PLATFORMS } from '../domain';
import { FLAG_CODES } from '../words/codes';
import { findingSchema, flagSchema } from './words';
import { displaySettings } from './requests';
import { datasetCredit, eventKind, grade, locationKind, memberStatus, networkKind, nullableText, platform, provenance, timePrecision } from './common';

const count = z.number();
const platforms = z.array(platform);
const jobId = z.strictObject({ jobId: z.string() });

export const profileInfo = z.strictObject({
  version: z.string(),
  transport: z.enum(['electron', 'serve']),
  dbPath: z.string(),
  dbBytes: count,
  sources: count,
  events: count,
  sampleAvailable: z.boolean(),
  nativeDialog: z.boolean(),
  profile: nullableText,
  presenter: z.boolean(),
});

export const sourceSummary = z.strictObject({
  id: count,
  platform,
  format: z.string(),
  file: z.string(),
  sha256: z.string(),
  bytes: count,
  parts: z.array(z.strictObject({ file: z.string(), sha256: z.string(), bytes: count })),
  parserVersion: z.string(),
  importedAt: z.string(),
  events: count,
  facts: count,
  first: nullableText,
  last: nullableText,
  coverage: z.strictObject({ parsed: count, ignored: count, unknown: count, missing: count, errors: count, notRead: count }),
  synthetic: z.boolean(),
});

export const memberRow = z.strictObject({
  path: z.string(), bytes: count, sha256: nullableText, status: memberStatus, records: count, items: count.nullable(), note: nullableText,
});

export const coverage = z.strictObject({
  parsed: z.array(z.strictObject({ member: z.string(), records: count, items: count.optional() })),
  ignored: z.array(z.strictObject({ member: z.string(), reason: z.string() })),
  unknown: z.array(z.strictObject({ member: z.string() })),
  missing: z.array(z.strictObject({ member: z.string(), reason: z.string() })),
  errors: z.array(z.strictObject({ member: z.string(), error: z.string() })),
  notRead: z.array(z.strictObject({ member: z.string(), kind: z.enum(['key', 'item']), what: z.string(), count, example: z.string() })),
});

export const statsSummary = z.strictObject({
  total: count,
  facts: count,
  byKind: z.partialRecord(eventKind, count),
  byPlatform: z.partialRecord(platform, count),
  first: nullableText,
  last: nullableText,
});

export const histogram = z.strictObject({ from: nullableText, to: nullableText, bucketMs: count, counts: z.array(count), total: count });

const eventRowShape = {
  id: count,
  time: nullableText,
  timeText: z.string(),
  precision: timePrecision,
  kind: eventKind,
  platform,
  sourceId: count,
  title: z.string(),
  ip: nullableText,
  country: nullableText,
  networkKind: networkKind.nullable(),
  device: nullableText,
  counterpart: nullableText,
  flagged: z.boolean(),
  snippet: z.array(z.strictObject({ text: z.string(), hit: z.boolean() })).nullable(),
};
export const eventRow = z.strictObject(eventRowShape);

export const timelinePage = z.strictObject({ offset: count, total: count, events: z.array(eventRow) });

export const flag = flagSchema({
  id: z.string(),
  kind: z.enum(FLAG_CODES),
  severity: z.enum(['info', 'warning', 'alert']),
  title: z.string(),
  explanation: z.string(),
  eventIds: z.array(count),
  evidence: z.array(provenance),
  first: nullableText,
  last: nullableText,
});

export const eventDetail = z.strictObject({
  ...eventRowShape,
  text: nullableText,
  raw: z.string(),
  citation: z.strictObject({ ...provenance.shape, sourceFile: z.string(), platform, format: z.string(), parserVersion: z.string() }),
  urls: z.array(z.strictObject({ url: z.string(), host: z.string(), grade: grade.nullable(), statement: nullableText })),
  flags: z.array(flag),
});

const namedRowShape = { name: z.string(), count, first: nullableText, last: nullableText, platforms, detail: nullableText };

export const accessSummary = z.strictObject({
  logins: count,
  ips: z.array(z.strictObject({
    ip: z.string(),
    count,
    first: nullableText,
    last: nullableText,
    country: nullableText,
    registryCountry: nullableText,
    asn: count.nullable(),
    org: nullableText,
    networkKind,
    provider: nullableText,
    networkBasis: nullableText.optional(),
    platforms,
    flagged: z.boolean(),
  })),
  devices: z.array(z.strictObject({
    id: count, model: nullableText, system: nullableText, identifiers: z.record(z.string(), z.string()),
    count, first: nullableText, last: nullableText, platforms, userAgent: nullableText.optional(), group: z.string().optional(),
  })),
  deviceGroups: z.array(z.strictObject({
    key: z.string(), label: z.string(), device: nullableText, system: nullableText, app: nullableText,
    count, first: nullableText, last: nullableText, platforms, deviceIds: z.array(count),
  })).optional(),
  countries: z.array(z.strictObject({ country: nullableText, logins: count, ips: count })),
  networks: z.array(z.strictObject({ asn: count.nullable(), org: nullableText, networkKind, logins: count, ips: count })),
  apps: z.array(z.strictObject(namedRowShape)),
  advertisers: z.array(z.strictObject(namedRowShape)),
  offPlatform: z.array(z.strictObject({ ...namedRowShape, events: count })),
  flags: z.array(flag),
  datasets: z.array(datasetCredit),
});

const hostLocation = z.strictObject({ label: z.string(), kind: locationKind, country: nullableText, lat: count.nullable(), lon: count.nullable() });

export const whereSummary = z.strictObject({
  hosts: z.array(z.strictObject({
    host: z.string(),
    count,
    first: nullableText,
    last: nullableText,
    owner: nullableText,
    location: hostLocation,
    grade,
    statement: z.string(),
    basis: nullableText,
    pathHints: z.array(z.strictObject({ token: z.string(), location: hostLocation, grade, statement: z.string(), count })),
    platforms,
  })),
  findings: z.array(findingSchema({
    id: z.string(), kind: z.string(), grade, statement: z.string(), count, first: nullableText, last: nullableText,
    evidence: z.array(provenance), eventIds: z.array(count),
  })),
  loginCountries: z.array(z.strictObject({ country: z.string(), logins: count })),
  datasets: z.array(datasetCredit),
});

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const dataVersion = z.strictObject({
  id: sha256Hex,
  app: z.string(),
  datasets: z.array(z.strictObject({ name: z.string(), date: z.string() })),
  parts: z.array(z.strictObject({ id: z.string(), sha256: sha256Hex })),
});
export const credits = z.strictObject({
  datasets: z.array(datasetCredit), offline: z.array(z.string()), dataVersion, profileDataVersion: sha256Hex.nullable(),
});

// ---------- claims (the validated form: every field present) ----------

const region = z.enum(REGION_NAMES as [RegionName, ...RegionName[]]);
const category = z.enum(CATEGORIES as [Category, ...Category[]]);

export const claimTest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('served-or-stored-only-in'), mode: z.enum(['stored', 'served']), countries: z.array(z.string()), regions: z.array(region), providers: z.array(z.string()) }),
  z.strictObject({ type: z.literal('only-known-devices'), devices: z.array(z.string()) }),
  z.strictObject({ type: z.literal('no-datacenter-logins') }),
  z.strictObject({ type: z.literal('no-third-party-apps') }),
  z.strictObject({ type: z.literal('login-history-retention-max-days'), days: count }),
  z.strictObject({ type: z.literal('export-contains'), categories: z.array(category) }),
]);

export const claim = z.strictObject({
  id: z.string(),
  statement: z.string(),
  statedBy: nullableText,
  appliesTo: nullableText,
  subject: z.strictObject({ platform: z.enum(['any', ...PLATFORMS]), sourceSha256: nullableText }),
  test: claimTest,
  effectiveFrom: nullableText,
  source: z.strictObject({ title: z.string(), url: nullableText, date: nullableText }).nullable(),
  note: nullableText,
});

export const claimTemplate = z.strictObject({ id: z.string(), name: z.string(), added: z.string(), claim });

export const claimsEvaluation = z.strictObject({
  claims: z.array(claim),
  verdicts: z.array(z.strictObject({
    claimId: z.string(),
    verdict: z.enum(VERDICTS),
    grade: grade.nullable(),
    headline: z.string(),
    reasons: z.array(z.string()),
    evidence: z.array(z.strictObject({
      ref: z.string(),
      role: z.enum(EVIDENCE_ROLES),
      grade,
      what: z.string(),
      count,
      first: nullableText,
      last: nullableText,
      country: nullableText,
      citations: z.array(provenance),
      eventIds: z.array(count).optional(),
    })),
    sources: z.array(z.string()),
  })),
});


export const locationRecords = z.strictObject({
  total: count,
  points: z.array(z.strictObject({
    lat: z.number(),
    lon: z.number(),
    count,
    first: nullableText,
    last: nullableText,
    platforms,
    kinds: z.array(eventKind),
    eventIds: z.array(count),
    example: z.strictObject({ sourceSha256: z.string(), member: z.string(), pointer: z.string(), title: z.string() }),
  })),
  more: count,
});

// --- workshop (issue 16) ---
const eraseOutcome = z.strictObject({ removed: z.array(z.string()), kept: z.array(z.string()) });
const profilesListShape = {
  current: nullableText,
  profiles: z.array(z.strictObject({ name: z.string(), current: z.boolean(), dbBytes: count, sources: count, events: count, syntheticOnly: z.boolean() })),
  switchable: z.boolean(),
};
export const profilesList = z.strictObject(profilesListShape);
const dimension = z.enum(AGGREGATE_DIMENSIONS);
export const aggregateFile = z.strictObject({
  format: z.literal('whereabouts-aggregate'),
  version: z.literal(1),
  k: count,
  participants: count,
  synthetic: z.boolean(),
  cells: z.array(z.strictObject({ dimension, value: z.string(), count, records: count })),
  suppressed: z.array(z.strictObject({ dimension, cells: count, inInputs: count })),
});
export const requestInfo = z.strictObject({
  platform, label: z.string(), howToRequest: z.string(), choose: z.array(z.string()), typicalWait: z.string(), askFor: z.array(z.string()), sources: z.array(z.string()),
});

const displayResponse = z.strictObject({ display: displaySettings.nullable() });

export const RESPONSE_SCHEMAS = {
  'profile.info': profileInfo,
  'profile.erase': z.strictObject({ info: profileInfo, erased: eraseOutcome }),
  'sources.list': z.array(sourceSummary),
  'sources.members': z.array(memberRow),
  'sources.coverage': coverage,
  'sources.remove': profileInfo,
  'sources.shape': z.strictObject({ text: z.string(), fileName: z.string() }),
  'dialog.openExport': z.strictObject({ paths: z.array(z.string()).nullable() }),
  'import.start': jobId,
  'import.sample': jobId,
  'import.cancel': z.strictObject({ cancelled: z.boolean() }),
  'stats.summary': statsSummary,
  'timeline.histogram': histogram,
  'timeline.page': timelinePage,
  'timeline.event': eventDetail.nullable(),
  'access.summary': accessSummary,
  'where.summary': whereSummary,
  'where.locations': locationRecords,
  'settings.get': displayResponse,
  'settings.set': displayResponse,
  'credits.list': credits,
  'export.csv': z.strictObject({ filename: z.string(), csv: z.string() }),
  'claims.templates': z.array(claimTemplate),
  'claims.evaluate': claimsEvaluation,
  'report.build': z.strictObject({ filename: z.string(), content: z.string() }),
  'report.pdf': z.strictObject({ filename: z.string(), base64: z.string() }),
  'work.cancel': z.strictObject({ cancelled: z.boolean() }),
  'report.verify': z.strictObject({
    kind: z.enum(['json', 'html']), tool: z.string(), generatedAt: z.string(), versionNote: nullableText,
    archives: z.array(z.strictObject({ file: z.string(), sha256: z.string(), inProfile: z.boolean() })),
    sections: z.array(z.strictObject({ section: z.string(), match: z.boolean(), differences: z.array(z.string()), more: count })),
    html: z.boolean().nullable(), match: z.boolean(),
  }),
  // --- workshop (issue 16) ---
  'personas.list': z.array(z.strictObject({ id: z.string(), name: z.string(), platforms, story: z.string() })),
  'import.persona': jobId,
  'profiles.list': profilesList,
  'profiles.create': profilesList,
  'profiles.switch': profileInfo,
  'profiles.erase': z.strictObject({ ...profilesListShape, erased: eraseOutcome }),
  'aggregate.make': aggregateFile,
  'aggregate.merge': aggregateFile,
  'letter.info': requestInfo,
  'letter.compose': z.strictObject({ text: z.string(), fileName: z.string() }),
} as const satisfies Record<Channel, z.ZodType>;
