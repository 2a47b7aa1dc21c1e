/**
 * A Meta record's time from its declared time fields (spec `time`), each with its unit:
 * `timestamp` / `creation_timestamp` / a `Time` label's `timestamp` are unix seconds,
 * `timestamp_ms` unix milliseconds, a login record's `title` ISO-8601 text (reference §0.4, §2.3).
 *
 * A declared unit is trusted unless the magnitude rules it out: a "seconds" field holding
 * 1.7e12 can only be milliseconds (as seconds it would be the year 55 000), and a "ms" field
 * holding 1.7e9 can only be seconds (as ms it would be January 1970). Meta writes `0` for "no
 * time" in string_map_data entries; 0 is skipped, never read as 1970.
 */
import type { ParsedTime } from '../../../../shared/records';
import { parseAnyTime, parseUnixMs, parseUnixSeconds } from '../../../../shared/time';
import type { FieldBag } from './fields';
import type { TimeKey, TimeUnit } from './spec-types';

/** Above this a unix number is milliseconds whatever the field says (1e11 s ≈ year 5138; 1e11 ms ≈ 1973). */
const MS_THRESHOLD = 1e11;

function numeric(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A unix number in its declared unit, corrected when its magnitude contradicts the unit. */
export function unixTime(value: number | string, unit: Exclude<TimeUnit, 'text'>): ParsedTime {
  const n = Math.abs(numeric(value) ?? Number.NaN);
  if (unit === 's') return n >= MS_THRESHOLD ? parseUnixMs(value) : parseUnixSeconds(value);
  return n < MS_THRESHOLD ? parseUnixSeconds(value) : parseUnixMs(value);
}

function fromValue(value: unknown, unit: TimeUnit): ParsedTime | undefined {
  const n = numeric(value);
  if (n !== undefined) {
    if (n === 0) return undefined;
    return unixTime(value as number | string, unit === 'text' ? 's' : unit);
  }
  if (typeof value === 'string' && value.trim() !== '') return parseAnyTime(value);
  return undefined;
}

/**
 * The first time field present. A labelled entry's own `timestamp` (seconds) wins over its
 * `value`; text is read by shared/time.ts parseAnyTime (ISO with offset, and the other
 * unambiguous forms). Undefined when no field holds a time.
 */
export function recordTime(bag: FieldBag, keys: readonly TimeKey[] | undefined): ParsedTime | undefined {
  for (const [key, unit] of keys ?? []) {
    const field = bag.get(key);
    if (!field) continue;
    const fromStamp = fromValue(field.timestamp, 's');
    if (fromStamp) return fromStamp;
    const fromVal = fromValue(field.value, unit);
    if (fromVal) return fromVal;
  }
  return undefined;
}
