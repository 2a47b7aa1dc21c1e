/**
 * Where evidence sits in time relative to the day a claim applies from. Evidence wholly before
 * that day never counts against the claim; evidence that straddles it does, because at least its
 * newest record is dated on or after the day; undated evidence cannot be placed, so it can only
 * raise a question.
 */
import { toMs } from '../evidence/time-words';

export type Timing =
  /** The claim has no start date. */
  | 'unbounded'
  | 'after'
  | 'straddles'
  | 'before'
  | 'undated';

export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function timing(first: string | null, last: string | null, effectiveFrom: string | null): Timing {
  if (effectiveFrom === null) return 'unbounded';
  const a = toMs(first);
  const b = toMs(last);
  const lo = a ?? b;
  const hi = b ?? a;
  if (lo === null || hi === null) return 'undated';
  const eff = dayStartMs(effectiveFrom);
  if (hi < eff) return 'before';
  if (lo >= eff) return 'after';
  return 'straddles';
}
