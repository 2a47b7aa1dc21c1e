/**
 * Times arrive as ISO-8601 UTC strings. People read them in their own time zone; journalists need
 * UTC to cite, so the UTC form goes into the element's title. Precision matters: a date-only record
 * must not be shown with an invented time of day.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { TimePrecision } from '../../../shared/domain';

/**
 * The one zone every time is shown in (list, chart axis, details): 'system' (the computer's,
 * the default) or an IANA name such as 'UTC'. Kept in localStorage like the other display
 * preferences; read it with useDisplayZone() in components, displayZone() elsewhere.
 */
/** 'system' or an IANA zone name. */
export type ZoneSetting = string;

interface ZoneState {
  zone: ZoneSetting;
  setZone: (zone: ZoneSetting) => void;
}

export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const useZoneSetting = create<ZoneState>()(
  persist(
    (set) => ({
      zone: 'system',
      setZone: (zone) => set({ zone: zone === 'system' || isValidZone(zone) ? zone : 'system' }),
    }),
    { name: 'whereabouts.zone', version: 1, partialize: (s) => ({ zone: s.zone }) },
  ),
);

/** The IANA zone a setting means ('system' → the computer's zone). */
export function resolveZone(setting: ZoneSetting): string {
  return setting === 'system' ? localZoneName() : setting;
}

/** The display zone now (outside React). */
export function displayZone(): string {
  return resolveZone(useZoneSetting.getState().zone);
}

/** The display zone, re-rendering when it changes. */
export function useDisplayZone(): string {
  return resolveZone(useZoneSetting((s) => s.zone));
}

/** Offset of a zone from UTC at an instant, in ms (wall clock = UTC + offset). */
export function zoneOffsetMs(zone: string, t: number): number {
  if (zone === 'UTC') return 0;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(t));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * What the export's own text says about its zone, for the event detail: a zone written in it, a
 * Unix number (UTC by definition), a date alone, or no zone at all — then the time was read as
 * UTC (the TikTok convention, shared/time.ts parseAnyTime), which the reader must be told.
 */
export function writtenZone(text: string, precision: TimePrecision): string {
  const t = text.trim();
  if (/^-?\d{9,}(\.\d+)?$/.test(t)) return 'a Unix timestamp (UTC by definition)';
  const zone = /(?:\d)\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)\s*$/i.exec(t) ?? /\b(UTC|GMT)\b/i.exec(t) ?? /\s([+-]\d{4})\b/.exec(t);
  if (zone) {
    const z = zone[1]!.toUpperCase();
    return `zone given: ${z === 'Z' || z === 'GMT' || /^[+-]00:?00$/.test(z) ? 'UTC' : z}`;
  }
  if (precision === 'day' || precision === 'month') return 'a date, no time of day or zone given';
  return 'no zone given — read as UTC';
}

export interface TimeFormatOptions {
  /** IANA zone; defaults to the display zone (useZoneSetting). Tests pass one explicitly. */
  timeZone?: string;
  locale?: string;
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

function partsFor(precision: TimePrecision): Intl.DateTimeFormatOptions {
  switch (precision) {
    case 'month':
      return { year: 'numeric', month: 'long' };
    case 'day':
      return { year: 'numeric', month: 'short', day: 'numeric' };
    case 'minute':
      return { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
    case 'second':
    case 'ms':
      return { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' };
  }
}

/** The time in the reader's zone, only as precise as the export was. */
export function formatLocal(iso: string | null | undefined, precision: TimePrecision = 'second', opts: TimeFormatOptions = {}): string {
  const d = parse(iso);
  if (!d) return 'No time';
  // Day and month precision are calendar dates in the export, so show them in UTC: moving a
  // date-only record across a zone boundary would change the day.
  const zone = precision === 'day' || precision === 'month' ? 'UTC' : (opts.timeZone ?? displayZone());
  return new Intl.DateTimeFormat(opts.locale ?? 'en-GB', { ...partsFor(precision), timeZone: zone }).format(d);
}

/** "2024-03-01 10:20:30 UTC", trimmed to the precision. */
export function formatUtc(iso: string | null | undefined, precision: TimePrecision = 'second'): string {
  const d = parse(iso);
  if (!d) return 'No time';
  const full = d.toISOString(); // 2024-03-01T10:20:30.123Z
  const date = full.slice(0, 10);
  switch (precision) {
    case 'month':
      return `${full.slice(0, 7)} UTC`;
    case 'day':
      return `${date} UTC`;
    case 'minute':
      return `${date} ${full.slice(11, 16)} UTC`;
    case 'second':
      return `${date} ${full.slice(11, 19)} UTC`;
    case 'ms':
      return `${date} ${full.slice(11, 23)} UTC`;
  }
}

/** A short date for spans and table cells. */
export function formatDate(iso: string | null | undefined, opts: TimeFormatOptions = {}): string {
  return formatLocal(iso, 'day', opts);
}

/** "3 Mar 2023 – 14 Feb 2024" or one date when both ends fall on the same day. */
export function formatSpan(first: string | null | undefined, last: string | null | undefined, opts: TimeFormatOptions = {}): string {
  if (!first && !last) return 'No dated records';
  const a = formatDate(first ?? last, opts);
  const b = formatDate(last ?? first, opts);
  return a === b ? a : `${a} – ${b}`;
}

export function precisionLabel(precision: TimePrecision): string {
  switch (precision) {
    case 'ms':
      return 'to the millisecond';
    case 'second':
      return 'to the second';
    case 'minute':
      return 'to the minute';
    case 'day':
      return 'date only';
    case 'month':
      return 'month only';
  }
}

/** The system's zone name, for the "times are shown in …" note. */
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
}

/** Milliseconds to the contract's ISO form (UTC, seconds precision). */
export function toIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
