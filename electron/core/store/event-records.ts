/**
 * An event's origin as the importer handed it over — member, whole pointer, raw record, URL
 * texts — read back from the compact forms of schema 12 (compact.ts, raw-blocks.ts) or from the
 * inline columns of rows written before. For the event detail, for checks that every event
 * traces to its record, and for finding an event by its citation.
 */
import type { Db } from './db';
import { eventPointerSql, splitPointer } from './compact';
import { BLOCK_RECORDS, blockEntries, eventRawAndUrls, mergeEntry, type BlockEntry } from './raw-blocks';

export interface StoredRecord {
  id: number;
  member: string;
  pointer: string;
  raw: string;
  /** URL texts in urls row order (the hosts they were counted under are in the urls rows). */
  urls: string[];
}

/** One event's record, or null when there is no such event. */
export function eventRecord(db: Db, id: number): StoredRecord | null {
  const row = db
    .prepare(`SELECT e.id, m.path AS member, ${eventPointerSql('e')} AS pointer, e.raw FROM events e JOIN members m ON m.id = e.member_id WHERE e.id = ?`)
    .get(id) as { id: number; member: string; pointer: string; raw: string } | undefined;
  if (row === undefined) return null;
  const stored = db.prepare(`SELECT url FROM urls WHERE event_id = ? ORDER BY id`).pluck().all(id) as string[];
  return { ...row, ...eventRawAndUrls(db, id, row.raw, stored) };
}

/**
 * Every event of a source in id order, each block inflated once. Memory: one block and one page
 * of BLOCK_RECORDS rows at a time.
 */
export function* sourceRecords(db: Db, sourceId: number): Generator<StoredRecord> {
  const page = db.prepare(
    `SELECT e.id, m.path AS member, ${eventPointerSql('e')} AS pointer, e.raw FROM events e JOIN members m ON m.id = e.member_id
     WHERE e.source_id = ? AND e.id > ? ORDER BY e.id LIMIT ${BLOCK_RECORDS * 4}`,
  );
  const urlsOf = db.prepare(`SELECT url FROM urls WHERE event_id = ? ORDER BY id`).pluck();
  const blockAt = db.prepare(`SELECT first_id, last_id, data FROM raw_blocks WHERE first_id <= ? ORDER BY first_id DESC LIMIT 1`);
  let block: { first: number; last: number; layout: 1 | 2; entries: BlockEntry[] } | null = null;
  let after = 0;
  for (;;) {
    const rows = page.all(sourceId, after) as { id: number; member: string; pointer: string; raw: string }[];
    if (rows.length === 0) return;
    for (const r of rows) {
      after = r.id;
      if (block === null || r.id < block.first || r.id > block.last) {
        const b = blockAt.get(r.id) as { first_id: number; last_id: number; data: Buffer } | undefined;
        block = b === undefined || r.id > b.last_id ? null
          : { first: b.first_id, last: b.last_id, ...blockEntries(b.data) };
      }
      const stored = urlsOf.all(r.id) as string[];
      const entry = block === null ? undefined : block.entries[r.id - block.first];
      if (entry === undefined) {
        yield { ...r, urls: stored };
        continue;
      }
      yield { ...r, ...mergeEntry(block!.layout, entry, stored) };
    }
  }
}

/** Ids of the events a citation (member path + pointer) names, in any source. */
export function eventsCitedAs(db: Db, member: string, pointer: string): number[] {
  const split = splitPointer(pointer);
  const inline = db
    .prepare(`SELECT e.id FROM events e JOIN members m ON m.id = e.member_id WHERE m.path = ? AND e.pointer_base IS NULL AND e.pointer = ?`)
    .pluck().all(member, pointer) as number[];
  if (split === null) return inline;
  const based = db
    .prepare(`SELECT e.id FROM pointer_bases b JOIN members m ON m.id = b.member_id JOIN events e ON e.pointer_base = b.id AND e.member_id = m.id
              WHERE m.path = ? AND b.head = ? AND b.rest = ? AND e.pointer = ?`)
    .pluck().all(member, split.head, split.rest, split.tail) as number[];
  return [...inline, ...based].sort((a, b) => a - b);
}
