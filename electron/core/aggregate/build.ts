/**
 * Making and merging summaries, with k applied each time (suppressed, never rounded):
 *
 *   one participant (participants = 1): a value is kept when at least k of their records have it.
 *     Per-participant counts cannot be k-anonymous (every count is 1), so the rule removes what
 *     identifies one person most — a value seen once or twice, such as one sign-in from a rare
 *     country — before the file leaves their laptop.
 *   a merge (participants > 1): a value is kept when at least k participants have it (count >= k):
 *     the k-anonymous rule for the group view. Values withheld in an input cannot come back, so
 *     merge every participant's file in one run rather than in stages.
 */
import {
  AGGREGATE_FORMAT, AGGREGATE_VERSION, DIMENSIONS, AggregateFormatError,
  type AggregateCell, type AggregateFile, type Dimension, type SuppressedCount,
} from './format';
import type { RawCell } from './collect';

function order(cells: AggregateCell[]): AggregateCell[] {
  return cells.sort((a, b) => DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) || b.count - a.count || b.records - a.records || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function suppressedList(withheld: Map<Dimension, number>, inInputs: Map<Dimension, number>): SuppressedCount[] {
  return DIMENSIONS.map((dimension) => ({ dimension, cells: withheld.get(dimension) ?? 0, inInputs: inInputs.get(dimension) ?? 0 }));
}

export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new AggregateFormatError(`k must be a whole number of at least 1, got ${k}.`);
}

/** One participant's summary from their collected cells. */
export function participantSummary(raw: readonly RawCell[], k: number, synthetic: boolean): AggregateFile {
  checkK(k);
  const kept: AggregateCell[] = [];
  const withheld = new Map<Dimension, number>();
  for (const c of raw) {
    if (c.records >= k) kept.push({ dimension: c.dimension, value: c.value, count: 1, records: c.records });
    else withheld.set(c.dimension, (withheld.get(c.dimension) ?? 0) + 1);
  }
  return { format: AGGREGATE_FORMAT, version: AGGREGATE_VERSION, k, participants: 1, synthetic, cells: order(kept), suppressed: suppressedList(withheld, new Map()) };
}

/** Sums participants and cells of files made with the same k, then applies k to participant counts. */
export function mergeSummaries(files: readonly { label: string; file: AggregateFile }[]): AggregateFile {
  if (files.length < 2) throw new AggregateFormatError('Give at least two summaries to merge.');
  const k = files[0]?.file.k ?? 0;
  const other = files.find((f) => f.file.k !== k);
  if (other) throw new AggregateFormatError(`${other.label} was made with k = ${other.file.k}, ${files[0]?.label} with k = ${k}: every summary must use the same k.`);
  const sums = new Map<string, AggregateCell>();
  const inInputs = new Map<Dimension, number>();
  let participants = 0;
  for (const { file } of files) {
    participants += file.participants;
    for (const s of file.suppressed) inInputs.set(s.dimension, (inInputs.get(s.dimension) ?? 0) + s.cells + s.inInputs);
    for (const c of file.cells) {
      const key = `${c.dimension}\u0000${c.value}`;
      const cur = sums.get(key);
      if (cur) {
        cur.count += c.count;
        cur.records += c.records;
      } else sums.set(key, { ...c });
    }
  }
  const kept: AggregateCell[] = [];
  const withheld = new Map<Dimension, number>();
  for (const c of sums.values()) {
    if (c.count >= k) kept.push(c);
    else withheld.set(c.dimension, (withheld.get(c.dimension) ?? 0) + 1);
  }
  return {
    format: AGGREGATE_FORMAT, version: AGGREGATE_VERSION, k, participants, synthetic: files.some((f) => f.file.synthetic),
    cells: order(kept), suppressed: suppressedList(withheld, inInputs),
  };
}
