/**
 * Raw blocks built where records are read (raw-blocks.ts, layout 2): in an import's reader thread,
 * so the database thread only inserts them, or in line before the writer. A record the packer
 * takes is marked IN_PACKED_BLOCK and its raw need not travel further; RecordWriter gives it the
 * next place in the blocks (PackedBlockQueue).
 *
 * Blocks are cut only by what they hold (BLOCK_RECORDS, BLOCK_CHARS), by an event whose raw stays
 * inline (it takes an event id between two packed ones), and by the end: never by batches or
 * commits, so the reader thread and the in-line import store the same blocks.
 */
import type { ImportRecord } from '../../../shared/records';
import { BlockBuilder, IN_PACKED_BLOCK, INLINE_RAW_CHARS, type PackedBlock } from './raw-blocks';
import { HostNames } from './urls';
import { recordRawText } from './writer';

export class BlockPacker {
  private closed: PackedBlock[] = [];
  private readonly builder = new BlockBuilder((text, count) => this.closed.push({ count, text }));
  private readonly hosts = new HostNames();

  /**
   * Takes the record about to be written when it becomes an event with a raw short enough for a
   * block; returns whether it did (then the record is marked). `raw`: its raw text, when known.
   */
  push(rec: ImportRecord, raw: string = recordRawText(rec)): boolean {
    if (rec.type !== 'event' || rec.time.utc === null) return false; // written as a fact: no event id
    if (raw.length > INLINE_RAW_CHARS) {
      this.builder.close();
      return false;
    }
    const urls: string[] = [];
    for (const url of rec.urls ?? []) if (this.hosts.of(url) !== null) urls.push(url);
    this.builder.add(raw, urls);
    (rec as { [IN_PACKED_BLOCK]?: true })[IN_PACKED_BLOCK] = true;
    return true;
  }

  /** The blocks closed since the last call. */
  take(): PackedBlock[] {
    const out = this.closed;
    this.closed = [];
    return out;
  }

  /** After the last record: the open block closed, and every block not taken yet. */
  end(): PackedBlock[] {
    this.builder.close();
    return this.take();
  }
}
