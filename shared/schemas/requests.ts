/**
 * The request schema of every contract channel (shared/api.ts). Checked on entry by the core's
 * schema gate (electron/core/api/validate.ts), so Electron IPC, serve and the CLI all pass
 * through it. Objects are strict (an unknown field is refused) and nothing is coerced: `{id:[1]}`
 * is not `{id:1}`. `agree.ts` proves at compile time that each schema and its TypeScript type
 * are the same.
 */
import { z } from './zod';
import { claimEntry } from './claims';
import { platform, rowId, timelineFilter, wholeNumber } from './common';
import { PROFILE_NAME_PATTERN, type Channel } from '../api';

const empty = z.strictObject({});
const sourceIds = z.array(rowId()).max(10_000).optional();
const bySource = z.strictObject({ sourceId: rowId() });
const scoped = z.strictObject({ sourceIds });
const requestId = z.string().min(1).max(200);

/** An IANA time zone name as written (checked against the runtime's zone data where it is used). */
const timeZoneName = z.string().min(1).max(64).regex(/^[A-Za-z0-9_+\-/]+$/, 'expected a time zone name such as Europe/Berlin');

const claimsRequest = {
  claims: z.array(claimEntry).min(1).max(200),
  sourceIds,
  requestId: requestId.optional(),
  timeZone: timeZoneName.optional(),
};

export const displaySettings = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  textSize: wholeNumber().min(100).max(200),
  timeZone: z.string().min(1).max(64).regex(/^[A-Za-z0-9_+\-/]+$/, 'expected "system" or a time zone name such as Europe/Berlin').optional(),
  presenter: z.boolean(),
});

/** `settings.set`: presenter may be left out (keeps the saved value). */
export const displaySettingsUpdate = displaySettings.extend({ presenter: z.boolean().optional() });

// --- workshop (issue 16) ---
const profileName = z.string().regex(PROFILE_NAME_PATTERN, 'expected a profile name: lower-case letters, digits and dashes, up to 40, starting with a letter or digit');
const eraseConfirm = z.literal('erase everything');
/** A group summary as read from a USB stick: a few kB; 10 MB in all is the serve transport's limit. */
const summaryFile = z.strictObject({ name: z.string().min(1).max(255), text: z.string().max(1_000_000) });

export const CSV_TABLES = ['timeline', 'ips', 'devices', 'apps', 'advertisers', 'hosts', 'findings'] as const;

export const REQUEST_SCHEMAS = {
  'profile.info': empty,
  'profile.erase': z.strictObject({ confirm: z.literal('erase everything') }),
  'sources.list': empty,
  'sources.members': bySource,
  'sources.coverage': bySource,
  'sources.remove': bySource,
  'sources.shape': bySource,
  'dialog.openExport': z.strictObject({ folder: z.boolean().optional() }),
  'import.start': z.strictObject({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }),
  'import.sample': empty,
  'import.cancel': z.strictObject({ jobId: z.string().min(1).max(200) }),
  'stats.summary': scoped,
  'timeline.histogram': z.strictObject({ filter: timelineFilter, buckets: wholeNumber().min(1).max(100_000) }),
  'timeline.page': z.strictObject({
    filter: timelineFilter,
    offset: wholeNumber().min(0).optional(),
    at: z.string().max(64).optional(),
    // A page is what a screen shows (the UI asks 200) or a CSV batch (1000): one answer stays small.
    limit: wholeNumber().min(1).max(1000),
    order: z.enum(['oldest', 'newest']).optional(),
  }),
  'timeline.event': z.strictObject({ id: rowId() }),
  'access.summary': scoped,
  'where.summary': scoped,
  'where.locations': scoped,
  'settings.get': empty,
  'settings.set': z.strictObject({ display: displaySettingsUpdate }),
  'credits.list': empty,
  'export.csv': z.strictObject({ table: z.enum(CSV_TABLES), filter: timelineFilter.optional(), sourceIds, timeZone: z.string().min(1).max(64).optional() }),
  'claims.templates': empty,
  'claims.evaluate': z.strictObject(claimsRequest),
  'report.build': z.strictObject({ ...claimsRequest, format: z.enum(['html', 'json']), redact: z.boolean().optional() }),
  'report.pdf': z.strictObject({ ...claimsRequest, redact: z.boolean().optional() }),
  // A report of the largest profiles is a few MB of HTML; the serve transport takes 10 MB a call.
  'report.verify': z.strictObject({ text: z.string().min(1).max(10_000_000) }),
  'work.cancel': z.strictObject({ requestId }),
  // --- workshop (issue 16) ---
  'personas.list': empty,
  'import.persona': z.strictObject({ id: z.string().min(1).max(100) }),
  'profiles.list': empty,
  'profiles.create': z.strictObject({ name: profileName }),
  'profiles.switch': z.strictObject({ name: profileName }),
  'profiles.erase': z.strictObject({ name: profileName, confirm: eraseConfirm }),
  'aggregate.make': z.strictObject({ k: wholeNumber().min(1).max(1_000_000), includeSynthetic: z.boolean() }),
  'aggregate.merge': z.strictObject({ files: z.array(summaryFile).min(2).max(1000) }),
  'letter.info': z.strictObject({ platform }),
  'letter.compose': z.strictObject({ platform, jurisdiction: z.enum(['eu', 'us']) }),
} as const satisfies Record<Channel, z.ZodType>;
