/**
 * Raw records of events, deflated in small blocks (schema migration 12, issue 15: the database
 * ≤ 2.5× its JSON). A record's raw copy was the largest part of an events row, about the size
 * of the export itself; consecutive records of one export share almost all their text, so
 * deflate-raw of a block of them is 5–6× smaller, and reading one event inflates one block of at
 * most BLOCK_RECORDS records (a few KB: well under a millisecond).
 *
 * A block holds the events first_id..last_id of one source, every id in between, as a JSON array
 * with one entry per event: [raw, ...urls] — the event's URLs whose urls rows store '' (the text
 * would be a second copy of what the raw holds, stored uncompressed). Kept inline instead (in the
 * events row, as before): a raw longer than INLINE_RAW_CHARS, so one huge value does not make its
 * neighbours' blocks slow to read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Db } from './db';

/** At most this many records per block: ~3 KB deflated for flat items (bench/README.md). */
export const BLOCK_RECORDS = 64;
/** A block is closed once its entries hold this much text, whatever their number. */
const BLOCK_CHARS = 32 * 1024;
/** A raw longer than this stays in its events row. */
export const INLINE_RAW_CHARS = 4 * 1024;

export type BlockEntry = [raw: string, ...urls: string[]];

/**
 * Collects the entries of consecutive events and writes them as one block when it is full, when
 * an event is not the next id, or on flush() (before every commit: a block never spans two).
 */
export class RawBlockWriter {
  private first = 0;
  private entries: BlockEntry[] = [];
  private chars = 0;
  private readonly insert;

  constructor(db: Db, private readonly sourceId: number) {
    this.insert = db.prepare(`INSERT INTO raw_blocks (first_id, last_id, source_id, data) VALUES (?, ?, ?, ?)`);
  }

  /** Takes the entry of event `id`; false when the raw is kept inline instead. */
  add(id: number, raw: string, urls: readonly string[]): boolean {
    if (raw.length > INLINE_RAW_CHARS) return false;
    if (this.entries.length > 0 && id !== this.first + this.entries.length) this.flush();
    if (this.entries.length === 0) this.first = id;
    this.entries.push([raw, ...urls]);
    this.chars += raw.length;
    for (const u of urls) this.chars += u.length;
    if (this.entries.length >= BLOCK_RECORDS || this.chars >= BLOCK_CHARS) this.flush();
    return true;
  }

  flush(): void {
    if (this.entries.length === 0) return;
    // Level 1: within a few percent of level 6 on these blocks, at less CPU (bench/README.md).
    const data = deflateRawSync(Buffer.from(JSON.stringify(this.entries), 'utf8'), { level: 1 });
    this.insert.run(this.first, this.first + this.entries.length - 1, this.sourceId, data);
    this.entries = [];
    this.chars = 0;
  }
}

/** The block entry of one event, or null when its raw is stored inline (or it has none). */
export function blockEntry(db: Db, eventId: number): BlockEntry | null {
  const block = db
    .prepare(`SELECT first_id, last_id, data FROM raw_blocks WHERE first_id <= ? ORDER BY first_id DESC LIMIT 1`)
    .get(eventId) as { first_id: number; last_id: number; data: Buffer } | undefined;
  if (block === undefined || eventId > block.last_id) return null;
  const entries = JSON.parse(inflateRawSync(block.data).toString('utf8')) as BlockEntry[];
  const entry = entries[eventId - block.first_id];
  if (entry === undefined) throw new Error(`internal: raw block ${block.first_id} has no entry for event ${eventId}`);
  return entry;
}

/**
 * An event's raw record and URL texts as the importer gave them: from its block, or from the
 * row (`inlineRaw`, and `storedUrls` in urls row order, '' where the block holds the text).
 */
export function eventRawAndUrls(db: Db, eventId: number, inlineRaw: string, storedUrls: readonly string[]): { raw: string; urls: string[] } {
  const entry = blockEntry(db, eventId);
  if (entry === null) return { raw: inlineRaw, urls: [...storedUrls] };
  const [raw, ...blockUrls] = entry;
  let next = 0;
  const urls = storedUrls.map((u) => (u === '' ? (blockUrls[next++] ?? '') : u));
  return { raw, urls };
}
