/**
 * Scale math for the timeline's time-axis histogram: time ↔ x, zoom around a point, brush to a
 * range, and readable tick positions. Pure numbers (ms since epoch, px) so it is unit-tested.
 */

export interface Domain {
  /** Start, ms since epoch (inclusive). */
  from: number;
  /** End, ms since epoch (exclusive). */
  to: number;
}

/** Never zoom closer than one minute across the whole chart. */
export const MIN_SPAN_MS = 60_000;

export function span(d: Domain): number {
  return Math.max(1, d.to - d.from);
}

export function xForTime(t: number, d: Domain, width: number): number {
  return ((t - d.from) / span(d)) * width;
}

export function timeForX(x: number, d: Domain, width: number): number {
  if (width <= 0) return d.from;
  return d.from + (Math.max(0, Math.min(width, x)) / width) * span(d);
}

/**
 * Zooms by `factor` (< 1 zooms in, > 1 out) keeping the time under `anchor` (0–1 across the
 * chart) in place, then keeps the result inside `bounds` when given.
 */
export function zoomDomain(d: Domain, anchor: number, factor: number, bounds?: Domain): Domain {
  const a = Math.max(0, Math.min(1, anchor));
  const oldSpan = span(d);
  let newSpan = Math.max(MIN_SPAN_MS, oldSpan * factor);
  if (bounds) newSpan = Math.min(newSpan, span(bounds));
  const pivot = d.from + a * oldSpan;
  let from = pivot - a * newSpan;
  let to = from + newSpan;
  if (bounds) {
    if (from < bounds.from) {
      from = bounds.from;
      to = from + newSpan;
    }
    if (to > bounds.to) {
      to = bounds.to;
      from = to - newSpan;
    }
  }
  return { from: Math.round(from), to: Math.round(to) };
}

/** A drag from x0 to x1 (either direction) as a time range; null for a click without a drag. */
export function brushRange(x0: number, x1: number, d: Domain, width: number, minPx = 3): Domain | null {
  if (Math.abs(x1 - x0) < minPx) return null;
  const a = timeForX(Math.min(x0, x1), d, width);
  const b = timeForX(Math.max(x0, x1), d, width);
  return { from: Math.floor(a), to: Math.ceil(b) };
}

/** How many buckets fit a chart of this width: about one bar per 6 px, within sane limits. */
export function bucketsForWidth(width: number, pxPerBar = 6): number {
  return Math.max(20, Math.min(400, Math.floor(width / pxPerBar)));
}

/** Bar height on a linear scale; a non-zero count is always at least 1 px so lone events show. */
export function barHeight(count: number, max: number, height: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, (count / max) * height);
}

export interface Tick {
  t: number;
  /** What the label needs to show at this step size. */
  unit: 'year' | 'month' | 'day' | 'hour' | 'minute';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Step = { unit: Tick['unit']; n: number; approx: number };
const STEPS: Step[] = [
  { unit: 'minute', n: 1, approx: MINUTE },
  { unit: 'minute', n: 5, approx: 5 * MINUTE },
  { unit: 'minute', n: 15, approx: 15 * MINUTE },
  { unit: 'minute', n: 30, approx: 30 * MINUTE },
  { unit: 'hour', n: 1, approx: HOUR },
  { unit: 'hour', n: 3, approx: 3 * HOUR },
  { unit: 'hour', n: 6, approx: 6 * HOUR },
  { unit: 'hour', n: 12, approx: 12 * HOUR },
  { unit: 'day', n: 1, approx: DAY },
  { unit: 'day', n: 2, approx: 2 * DAY },
  { unit: 'day', n: 7, approx: 7 * DAY },
  { unit: 'month', n: 1, approx: 30 * DAY },
  { unit: 'month', n: 3, approx: 91 * DAY },
  { unit: 'month', n: 6, approx: 182 * DAY },
  { unit: 'year', n: 1, approx: 365 * DAY },
  { unit: 'year', n: 2, approx: 730 * DAY },
  { unit: 'year', n: 5, approx: 1826 * DAY },
  { unit: 'year', n: 10, approx: 3652 * DAY },
];

/** The first step boundary at or after t, in UTC (ticks line up with the UTC calendar). */
function ceilTo(t: number, step: Step): number {
  const d = new Date(t);
  switch (step.unit) {
    case 'minute':
    case 'hour': {
      const ms = step.approx;
      return Math.ceil(t / ms) * ms;
    }
    case 'day': {
      const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      let day = start < t ? start + DAY : start;
      if (step.n === 7) {
        // Weeks start on Monday.
        while (new Date(day).getUTCDay() !== 1) day += DAY;
      } else if (step.n > 1) {
        while (new Date(day).getUTCDate() % step.n !== 1 % step.n) day += DAY;
      }
      return day;
    }
    case 'month': {
      let y = d.getUTCFullYear();
      let m = d.getUTCMonth();
      if (Date.UTC(y, m, 1) < t) m++;
      while (m % step.n !== 0) m++;
      y += Math.floor(m / 12);
      m %= 12;
      return Date.UTC(y, m, 1);
    }
    case 'year': {
      let y = d.getUTCFullYear();
      if (Date.UTC(y, 0, 1) < t) y++;
      while (y % step.n !== 0) y++;
      return Date.UTC(y, 0, 1);
    }
  }
}

function next(t: number, step: Step): number {
  const d = new Date(t);
  switch (step.unit) {
    case 'minute':
    case 'hour':
    case 'day':
      return t + step.approx;
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear() + step.n, 0, 1);
  }
}

/** Tick positions at calendar-aligned steps, at most `maxTicks` of them. */
export function timeTicks(d: Domain, maxTicks: number): Tick[] {
  if (maxTicks < 1 || d.to <= d.from) return [];
  const wanted = span(d) / maxTicks;
  const step = STEPS.find((s) => s.approx >= wanted) ?? STEPS[STEPS.length - 1]!;
  let n = step.n;
  // Beyond 10-year steps, widen the year step until it fits.
  if (step.unit === 'year' && step.approx < wanted) n = Math.ceil(wanted / (365 * DAY) / 10) * 10;
  const s: Step = { ...step, n, approx: step.unit === 'year' ? n * 365 * DAY : step.approx };
  const ticks: Tick[] = [];
  for (let t = ceilTo(d.from, s); t < d.to && ticks.length <= maxTicks; t = next(t, s)) ticks.push({ t, unit: s.unit });
  return ticks;
}

/** Tick label in UTC, as coarse as the step. */
export function tickLabel(tick: Tick): string {
  const iso = new Date(tick.t).toISOString();
  switch (tick.unit) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    case 'hour':
    case 'minute':
      return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
  }
}

/** The domain of a histogram response, or null for an empty one. */
export function histogramDomain(from: string | null, to: string | null): Domain | null {
  if (!from || !to) return null;
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return b > a ? { from: a, to: b } : { from: a, to: a + MIN_SPAN_MS };
}
