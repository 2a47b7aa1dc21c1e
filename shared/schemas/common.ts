/** Schema pieces every channel shares: ids, enums of shared/domain.ts, the timeline filter. */
import { z } from './zod';
import { EVENT_KINDS, GRADES, NETWORK_KINDS, PLATFORMS } from '../domain';
import { describeValue } from './issues';

/** A whole number (never a numeric text, never a list holding one: nothing is coerced). */
export const wholeNumber = () =>
  z.int({ error: (iss) => (iss.code === 'invalid_type' ? `expected a whole number, got ${describeValue(iss.input)}` : undefined) });

/** A database row id. */
export const rowId = () => wholeNumber().min(1);

export const platform = z.enum(PLATFORMS);
export const eventKind = z.enum(EVENT_KINDS);
export const networkKind = z.enum(NETWORK_KINDS);
export const grade = z.enum(GRADES);
export const timePrecision = z.enum(['ms', 'second', 'minute', 'day', 'month']);
export const locationKind = z.enum(['cluster', 'edge', 'storage-region', 'none']);
export const memberStatus = z.enum(['parsed', 'ignored', 'unknown', 'missing', 'error']);

/** An ISO-8601 time or day, as the UI sends it; the query layer parses it. */
export const isoText = z.string().max(64);

export const timelineFilter = z.strictObject({
  from: isoText.optional(),
  to: isoText.optional(),
  sourceIds: z.array(rowId()).optional(),
  platforms: z.array(platform).optional(),
  kinds: z.array(eventKind).optional(),
  countries: z.array(z.string().max(8)).optional(),
  networkKinds: z.array(networkKind).optional(),
  deviceIds: z.array(rowId()).optional(),
  flaggedOnly: z.boolean().optional(),
  q: z.string().max(1000).optional(),
});

export const provenance = z.strictObject({ sourceSha256: z.string(), member: z.string(), pointer: z.string() });

export const datasetCredit = z.strictObject({
  name: z.string(), date: z.string(), licence: z.string(), credit: z.string(), url: z.string().optional(),
});

export const nullableText = z.string().nullable();
