/**
 * Raw records of events, deflated in small blocks (schema migration 12, issue 15: the database
 * ≤ 2.5× its JSON). A record's raw copy was the largest part of an events row, about the size
 * of the export itself; consecutive records of one export share almost all their text, so
 * deflate-raw of a block of them is 5–6× smaller, and reading one event inflates one block of at
 * most BLOCK_RECORDS records (a few KB: well under a millisecond).
 *
 * A block holds the events first_id..last_id of one source, every id in between, one entry per
 * event: its raw text and URL texts. Two layouts, told apart by how the text starts:
 *  - 2 (schema 14 on): `2` and a line break, then one line per event: the number of its URLs,
 *    each URL, then its raw text, separated by tabs. A URL holding a tab or line break, or either
 *    starting with \u0001, is written as \u0001 + its JSON string (a raw only for a line break or
 *    the mark: it is last, tabs do not matter). No raw is escaped into a JSON string: most raws
 *    are JSON texts, full of quotes, and escaping them cost more than the deflate. An entry's URLs
 *    are all the event's URLs that have a host, which are exactly its urls rows, in order. A row
 *    stores '' when the block holds its text, and the text when a path hint needs it in SQL (a
 *    copy: hinted URLs are rare). Nothing about a block depends on the enrichment, so the reader
 *    thread of an import can build the blocks (block-packer.ts) while the database thread only
 *    inserts them.
 *  - 1 (schema 12 and 13): a JSON array of `[raw, ...urls]`, the URLs only those whose rows
 *    store '', in order.
 * Kept inline instead (in the events row, as before): a raw longer than INLINE_RAW_CHARS, so one
 * huge value does not make its neighbours' blocks slow to read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Db } from './db';

/** At most this many records per block: ~3 KB deflated for flat items (bench/README.md). */
export const BLOCK_RECORDS = 64;
/** A block is closed once its entries hold this much text, whatever their number. */
const BLOCK_CHARS = 32 * 1024;
/** A raw longer than this stays in its events row. */
export const INLINE_RAW_CHARS = 4 * 1024;
/** How a layout-2 block's text starts. */
const LAYOUT_2 = '2\n';
/** Starts a layout-2 raw written as its JSON string. */
const ESCAPED_RAW = '\u0001';

const MUST_ESCAPE_URL = /[\t\n]|^\u0001/;

function entryLine(raw: string, urls: readonly string[]): string {
  let line = String(urls.length);
  for (const url of urls) line += `\t${MUST_ESCAPE_URL.test(url) ? ESCAPED_RAW + JSON.stringify(url) : url}`;
  return `${line}\t${raw.includes('\n') || raw.startsWith(ESCAPED_RAW) ? ESCAPED_RAW + JSON.stringify(raw) : raw}`;
}

function unescaped(field: string): string {
  return field.startsWith(ESCAPED_RAW) ? (JSON.parse(field.slice(1)) as string) : field;
}

function lineEntry(line: string): BlockEntry {
  let tab = line.indexOf('\t');
  const n = Number(line.slice(0, tab));
  const urls: string[] = [];
  for (let i = 0; i < n; i++) {
    const next = line.indexOf('\t', tab + 1);
    urls.push(unescaped(line.slice(tab + 1, next)));
    tab = next;
  }
  // The raw is the rest: it may hold tabs.
  return [unescaped(line.slice(tab + 1)), ...urls];
}

export type BlockEntry = [raw: string, ...urls: string[]];

/**
 * Inserts a block's row for events first..last of the source, its text deflated. Level 1: within a
 * few percent of level 6 on these blocks, at less CPU (bench/README.md).
 */
function blockInserter(db: Db, sourceId: number): (first: number, last: number, text: string) => void {
  const insert = db.prepare(`INSERT INTO raw_blocks (first_id, last_id, source_id, data) VALUES (?, ?, ?, ?)`);
  return (first, last, text) => insert.run(first, last, sourceId, deflateRawSync(Buffer.from(text, 'utf8'), { level: 1 }));
}

/** Entries of consecutive events, closed into the text of a layout-2 block. */
export class BlockBuilder {
  private text = LAYOUT_2;
  private count = 0;
  private chars = 0;

  constructor(private readonly closed: (text: string, count: number) => void) {}

  get size(): number {
    return this.count;
  }

  add(raw: string, urls: readonly string[]): void {
    this.text += this.count === 0 ? entryLine(raw, urls) : `\n${entryLine(raw, urls)}`;
    this.count++;
    this.chars += raw.length;
    for (const u of urls) this.chars += u.length;
    if (this.count >= BLOCK_RECORDS || this.chars >= BLOCK_CHARS) this.close();
  }

  close(): void {
    if (this.count === 0) return;
    this.closed(this.text, this.count);
    this.text = LAYOUT_2;
    this.count = 0;
    this.chars = 0;
  }
}

/**
 * Collects the entries of consecutive events and writes them as one block when it is full, when
 * an event is not the next id, or on flush() (before every commit: a block never spans two).
 */
export class RawBlockWriter {
  private first = 0;
  private readonly builder: BlockBuilder;

  constructor(db: Db, sourceId: number) {
    const insert = blockInserter(db, sourceId);
    this.builder = new BlockBuilder((text, count) => insert(this.first, this.first + count - 1, text));
  }

  /** Takes the entry of event `id` (its raw, and the URLs that have a host); false when the raw is kept inline instead. */
  add(id: number, raw: string, urls: readonly string[]): boolean {
    if (raw.length > INLINE_RAW_CHARS) return false;
    if (this.builder.size > 0 && id !== this.first + this.builder.size) this.builder.close();
    if (this.builder.size === 0) this.first = id;
    this.builder.add(raw, urls);
    return true;
  }

  flush(): void {
    this.builder.close();
  }
}

/** Marks a record whose raw and URL texts are in a packed block (it carries no raw). */
export const IN_PACKED_BLOCK = Symbol('in a packed raw block');

/**
 * A block built before its events have ids: it covers the next `count` packed events. Its text
 * is deflated where it is inserted: the reader thread has the more work of the two (bench/README.md).
 */
export interface PackedBlock {
  count: number;
  text: string;
}

/**
 * The writer's side of packed blocks (block-packer.ts). Packed events take consecutive ids within
 * a block (the packer cuts a block where an event keeps its raw inline, since that event takes an
 * id between); a block is inserted once it has come and its events are written, in whichever
 * order the two happen. It may straddle a commit of a staged import (the source is invisible
 * until it is complete either way).
 */
export class PackedBlockQueue {
  private readonly blocks: PackedBlock[] = [];
  /** Runs of consecutive packed event ids written and not yet covered by an inserted block. */
  private readonly runs: { first: number; taken: number }[] = [];
  private readonly insert;

  constructor(db: Db, sourceId: number) {
    this.insert = blockInserter(db, sourceId);
  }

  add(blocks: readonly PackedBlock[]): void {
    for (const b of blocks) this.blocks.push(b);
    this.drain();
  }

  /** Event `id` is the next packed event. */
  take(id: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last !== undefined && id === last.first + last.taken) last.taken++;
    else this.runs.push({ first: id, taken: 1 });
    this.drain();
  }

  private drain(): void {
    for (;;) {
      const block = this.blocks[0];
      const run = this.runs[0];
      if (block === undefined || run === undefined) return;
      if (run.taken < block.count) {
        // A run that a later one follows is closed: the block would span a gap in the ids.
        if (this.runs.length > 1) throw new Error(`internal: a packed raw block of ${block.count} events got ${run.taken} consecutive ones from event ${run.first}`);
        return;
      }
      this.insert(run.first, run.first + block.count - 1, block.text);
      this.blocks.shift();
      run.first += block.count;
      run.taken -= block.count;
      if (run.taken === 0) this.runs.shift();
    }
  }

  /** After the last record and the last block: every block came with its events. */
  checkEmpty(): void {
    const taken = this.runs.reduce((n, r) => n + r.taken, 0);
    if (this.blocks.length > 0 || taken > 0) {
      throw new Error(`internal: ${this.blocks.length} packed raw blocks and ${taken} packed events were left unmatched`);
    }
  }
}

/** A block's data as entries, whichever layout. */
export function blockEntries(data: Uint8Array): { layout: 1 | 2; entries: BlockEntry[] } {
  const text = inflateRawSync(data).toString('utf8');
  if (text.startsWith(LAYOUT_2)) return { layout: 2, entries: text.slice(LAYOUT_2.length).split('\n').map(lineEntry) };
  return { layout: 1, entries: JSON.parse(text) as BlockEntry[] };
}

/**
 * An event's raw record and URL texts from its block entry and its urls rows' texts (in row
 * order): a row's '' is the block's text, by position (layout 2) or in turn (layout 1).
 */
export function mergeEntry(layout: 1 | 2, entry: BlockEntry, storedUrls: readonly string[]): { raw: string; urls: string[] } {
  const [raw, ...blockUrls] = entry;
  if (layout === 2) return { raw, urls: storedUrls.map((u, i) => (u === '' ? (blockUrls[i] ?? '') : u)) };
  let next = 0;
  return { raw, urls: storedUrls.map((u) => (u === '' ? (blockUrls[next++] ?? '') : u)) };
}

/**
 * An event's raw record and URL texts as the importer gave them: from its block, or from the
 * row (`inlineRaw`, and `storedUrls` in urls row order, '' where the block holds the text).
 */
export function eventRawAndUrls(db: Db, eventId: number, inlineRaw: string, storedUrls: readonly string[]): { raw: string; urls: string[] } {
  const block = db
    .prepare(`SELECT first_id, last_id, data FROM raw_blocks WHERE first_id <= ? ORDER BY first_id DESC LIMIT 1`)
    .get(eventId) as { first_id: number; last_id: number; data: Buffer } | undefined;
  if (block === undefined || eventId > block.last_id) return { raw: inlineRaw, urls: [...storedUrls] };
  const { layout, entries } = blockEntries(block.data);
  const entry = entries[eventId - block.first_id];
  if (entry === undefined) throw new Error(`internal: raw block ${block.first_id} has no entry for event ${eventId}`);
  return mergeEntry(layout, entry, storedUrls);
}
