/**
 * Group `queries`: latency of the queries the views make, on a synthetic 10 M-event store
 * (fixtures.ensureSyntheticStore), through the app's own query functions: `histogram` and
 * `timelinePage` (timeline.ts, filters built by filter.ts), `accessSummary` (access.ts) and
 * `statsSummary` (sources.ts, which the timeline and overview call on first paint).
 *
 * The store file is read once first (warm OS cache). Each measure: 2 untimed warm-up calls, then
 * ≥ 50 timed calls with fresh random arguments (seeded), p50 and p95 reported; the target is
 * judged on p95. A measure slower than ~1 s per call stops after 30 s with at least 10 calls and
 * says so (`runs` in the table).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { openDb, type Db } from '../electron/core/store/db';
import { accessSummary } from '../electron/core/store/queries/access';
import { statsSummary } from '../electron/core/store/queries/sources';
import { histogram, timelinePage } from '../electron/core/store/queries/timeline';
import { createRng } from '../test/fixtures/generators/rng';
import { accessFromScratch } from '../test/unit/store/access-from-scratch';
import { ensureSyntheticStore } from './fixtures';
import { figure, type Figure, type Target } from './report';
import { storeVocabulary } from './store-builder';
import { log, percentile, round, sampleSync } from './util';

export interface QueryOptions {
  cache: string;
  events: number;
  runs: number;
}

/** About one bar per 6 px of a 1200 px chart, as the renderer asks (bucketsForWidth). */
const BUCKETS = 200;
const PAGE = 200;
const DAY = 86_400_000;
const CAP_MS = 30_000;

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Reads the store file once, so the timings measure the queries on a warm OS cache (an app that
 * has been open a while) rather than the disk; a cold first query is slower, mostly on search.
 */
function warmOsCache(path: string): number {
  const t = performance.now();
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(8 * 1024 * 1024);
  try {
    while (readSync(fd, buf, 0, buf.length, null) > 0) {
      // reading is the point
    }
  } finally {
    closeSync(fd);
  }
  return performance.now() - t;
}

export function runQueryGroup(o: QueryOptions): Figure[] {
  const path = ensureSyntheticStore(o.cache, o.events);
  log(`queries: reading the store once to warm the OS cache (${Math.round(statSync(path).size / 1e6)} MB)`);
  log(`  ${Math.round(warmOsCache(path) / 1000)} s`);
  const db = openDb(path, { readonly: true });
  try {
    return measureAll(db, o);
  } finally {
    db.close();
  }
}

function measureAll(db: Db, o: QueryOptions): Figure[] {
  const span = db.prepare(`SELECT min(ts) AS lo, max(ts) AS hi, count(*) AS n FROM events`).get() as { lo: number; hi: number; n: number };
  // Fast and wrong is not a result: the per-day counts must account for every event.
  const charted = histogram(db, { filter: {}, buckets: 1 }).total;
  if (charted !== span.n) throw new Error(`the store's event_days count ${charted} events, the events table holds ${span.n}: rebuild the cache`);
  const rng = createRng(42);
  const at = (width: number): number => span.lo + Math.floor(rng.next() * Math.max(1, span.hi - span.lo - width));
  const words = storeVocabulary();
  const size = `${(span.n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} M events`;
  const figures: Figure[] = [];

  const measure = (
    id: string, label: string, fn: () => unknown, target?: Target, question?: string, note?: string,
  ): void => {
    log(`queries: ${label}`);
    const xs = sampleSync(fn, o.runs, 2, CAP_MS);
    const p50 = percentile(xs, 50);
    const p95 = percentile(xs, 95);
    figures.push(figure({
      group: 'queries', id, label: `${label} (${size})`, value: p95, unit: 'ms',
      stats: { p50: round(p50, 2), p95: round(p95, 2), max: round(Math.max(...xs), 1), runs: xs.length },
      target, question, note: xs.length < o.runs ? `stopped after ${xs.length} runs (${Math.round(CAP_MS / 1000)} s cap)` : note,
    }));
  };
  const p95 = (value: number): Target => ({ cmp: '<', value, on: 'p95' });
  const histQ = 'Counting events per bucket scans every matching event (and sorts the bucket keys): cost grows with the range. Should the store keep per-day counts (maintained at import) and count only the partial days at bucket edges?';

  measure('queries.histogram.all', `histogram, whole range, ${BUCKETS} buckets`, () => histogram(db, { filter: {}, buckets: BUCKETS }), p95(50), histQ);
  measure('queries.histogram.month', `histogram, random 30-day range, ${BUCKETS} buckets`, () => {
    const a = at(30 * DAY);
    return histogram(db, { filter: { from: iso(a), to: iso(a + 30 * DAY) }, buckets: BUCKETS });
  }, p95(50), histQ);
  measure('queries.histogram.day', `histogram, random 1-day range, ${BUCKETS} buckets`, () => {
    const a = at(DAY);
    return histogram(db, { filter: { from: iso(a), to: iso(a + DAY) }, buckets: BUCKETS });
  }, p95(50), histQ);
  measure('queries.histogram.kind', `histogram, whole range, kinds = like + comment`, () =>
    histogram(db, { filter: { kinds: ['like', 'comment'] }, buckets: BUCKETS }), undefined, undefined, 'filtered chart, no target');

  const pageQ = 'Placing a page by time counts every earlier event and then skips them with OFFSET; both grow with the position in the timeline. Should positions come from per-day counts, with the page read by seeking to (ts, id)?';
  measure('queries.page.at', `page of ${PAGE} events at a random time`, () =>
    timelinePage(db, { filter: {}, at: iso(at(0)), limit: PAGE }), p95(10), pageQ);
  measure('queries.page.offset', `page of ${PAGE} events at a random offset (list scroll)`, () =>
    timelinePage(db, { filter: {}, offset: Math.floor(rng.next() * span.n), limit: PAGE }), p95(10), pageQ, 'what the virtual list asks while scrolling');
  measure('queries.page.kind', `page of ${PAGE} at a random time, kind = message`, () =>
    timelinePage(db, { filter: { kinds: ['message'] }, at: iso(at(0)), limit: PAGE }), undefined, undefined, 'filtered page, no target');

  // Words ranked 20–2000 of a Zipf vocabulary: from in ~1 % of titles down to a few hundred hits.
  const word = (): string => words[20 + Math.floor(rng.next() * 1980)]!;
  const ftsQ = 'A search alone is counted in the FTS index and paged by walking the time index (frequent words) or looking up each hit (rare ones); what remains grows with the number of hits. Should the result count be capped ("10,000+ matches") and the FTS table carry the time, so hits never touch events?';
  measure('queries.fts.one_word', 'full-text query, one word: count + first page', () =>
    timelinePage(db, { filter: { q: word() }, offset: 0, limit: PAGE }), p95(100), ftsQ);
  measure('queries.fts.two_words', 'full-text query, two words: count + first page', () =>
    timelinePage(db, { filter: { q: `${word()} ${word()}` }, offset: 0, limit: PAGE }), p95(100), ftsQ);
  measure('queries.fts.histogram', 'histogram of a one-word full-text query', () =>
    histogram(db, { filter: { q: word() }, buckets: BUCKETS }), undefined, undefined, 'drawn beside the search results, no target');

  const accessQ = 'The Who view sums per-source counts (access_counts, written by the analysis after each import): its cost follows the number of entities, not events. What remains is the flags (each with every event it cites) and the flagged-IP lookup through flag_events.';
  measure('queries.access_summary.scan', 'access summary computed from the events (before migration 11)', () => accessFromScratch(db), undefined, undefined,
    'same-run baseline: every IP, device, app, advertiser and off-platform event grouped at each call');
  measure('queries.access_summary', 'access summary (Who view)', () => accessSummary(db, []), p95(50), accessQ);
  measure('queries.stats_summary', 'stats summary (counts by kind and platform)', () => statsSummary(db), undefined, undefined,
    'no target of its own; on the first paint of Overview and Timeline');
  return figures;
}
