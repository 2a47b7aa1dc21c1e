/**
 * A group summary (docs/workshops.md §3) as chart rows: one group per dimension, bars sorted by
 * participants. Pure, so the ordering and the suppressed counts are unit-tested.
 *
 * The bar's length is the share of participants who have the value (count / participants): the
 * k-anonymous measure, never records. Suppressed cells are counted, never named.
 */
import { AGGREGATE_DIMENSIONS, type AggregateFile } from '../../../shared/api';
import { countryWithCode } from './countries';
import { NETWORK_KIND_LABEL, PLATFORM_LABEL } from './labels';

/** The dimensions in the order the summary format lists them; any other comes after, by name. */
const DIMENSION_ORDER: readonly string[] = AGGREGATE_DIMENSIONS;

export interface ChartBar {
  value: string;
  /** Participants who have the value. */
  count: number;
  /** Records with the value, summed over participants. */
  records: number;
  /** count / participants, 0–1 (the bar's length in a group view). */
  share: number;
  /** records / the dimension's largest records, 0–1 (the bar's length for one participant's file, where every count is 1). */
  recordShare: number;
}

export interface ChartGroup {
  dimension: string;
  bars: ChartBar[];
  /** Cells this file withheld (under k). */
  suppressedCells: number;
  /** Cells the merged inputs had withheld (an upper bound). */
  suppressedInInputs: number;
}

function dimensionRank(d: string): number {
  const i = DIMENSION_ORDER.indexOf(d);
  return i === -1 ? DIMENSION_ORDER.length : i;
}

export function chartGroups(file: Pick<AggregateFile, 'participants' | 'cells' | 'suppressed'>): ChartGroup[] {
  const byDim = new Map<string, ChartGroup>();
  const group = (dimension: string): ChartGroup => {
    let g = byDim.get(dimension);
    if (!g) {
      g = { dimension, bars: [], suppressedCells: 0, suppressedInInputs: 0 };
      byDim.set(dimension, g);
    }
    return g;
  };
  const participants = Math.max(1, file.participants);
  for (const c of file.cells) {
    group(c.dimension).bars.push({ value: c.value, count: c.count, records: c.records, share: Math.min(1, Math.max(0, c.count / participants)), recordShare: 0 });
  }
  for (const s of file.suppressed) {
    const g = group(s.dimension);
    g.suppressedCells += s.cells;
    g.suppressedInInputs += s.inInputs;
  }
  for (const g of byDim.values()) {
    const most = Math.max(0, ...g.bars.map((b) => b.records));
    for (const b of g.bars) b.recordShare = most > 0 ? Math.max(0, b.records / most) : 0;
    // Most participants first; ties by records, then by value so the order is stable.
    g.bars.sort((a, b) => b.count - a.count || b.records - a.records || a.value.localeCompare(b.value));
  }
  return [...byDim.values()].sort((a, b) => dimensionRank(a.dimension) - dimensionRank(b.dimension) || a.dimension.localeCompare(b.dimension));
}

/** A value in words: countries by name with their code, network kinds and platforms by their labels. */
export function valueLabel(dimension: string, value: string): string {
  if (value === 'unknown') return 'unknown';
  switch (dimension) {
    case 'sign-in country':
      return countryWithCode(value);
    case 'sign-in network kind':
      return (NETWORK_KIND_LABEL as Record<string, string>)[value] ?? value;
    case 'platform':
      return (PLATFORM_LABEL as Record<string, string>)[value] ?? value;
    default:
      return value;
  }
}
