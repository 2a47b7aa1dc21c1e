/**
 * Large members are streamed: a message thread's records come out while the member is still
 * being read, memory holds one record at a time, and an abort stops the import.
 */
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../../electron/core/archive/types';
import { instagramJson } from '../../../../electron/core/importers/instagram';
import type { ImportContext } from '../../../../electron/core/importers/types';
import type { EventRecord, ImportRecord } from '../../../../shared/records';

const THREAD = 'your_instagram_activity/messages/inbox/big_1/message_1.json';
const MESSAGES = 20_000;
const CHUNK = 500;
const BASE = Date.parse('2024-06-01T00:00:00Z');

/** The thread as chunks of text, produced lazily (never one string), with a byte counter. */
function thread(served: { bytes: number; total: number }): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    const emit = (text: string): Buffer => {
      const buf = Buffer.from(text);
      served.bytes += buf.length;
      return buf;
    };
    yield emit('{"participants": [{"name": "Jonas Becker"}, {"name": "\\u00c3\\u0085sa Lindqvist"}], "messages": [');
    for (let i = 0; i < MESSAGES; i += CHUNK) {
      const part: string[] = [];
      for (let j = i; j < Math.min(MESSAGES, i + CHUNK); j++) {
        part.push(`{"sender_name": "Jonas Becker", "timestamp_ms": ${BASE - j * 1000}, "content": "message ${j} https://scontent-lhr8-1.cdninstagram.com/v/${j}.jpg"}`);
      }
      yield emit((i === 0 ? '' : ',') + part.join(','));
      await new Promise((r) => setImmediate(r));
    }
    yield emit('], "title": "Jonas Becker", "thread_path": "inbox/big_1"}');
  }
  return Readable.from(chunks());
}

function contextWith(served: { bytes: number; total: number }, signal: AbortSignal): ImportContext {
  const inventory: Inventory = {
    label: 'big.zip', kind: 'zip', parts: [], skipped: [], diskBytes: 0, totalBytes: 0,
    entries: [{ path: THREAD, rawPath: THREAD, bytes: 4_000_000, compressedBytes: 400_000, part: 0 }],
  };
  return {
    inventory, format: 'instagram-json-2024', open: () => Promise.resolve(thread(served)),
    problem: (member, message) => { throw new Error(`unexpected problem ${member}: ${message}`); },
    parsed: () => undefined, ledger: new LedgerBook(), signal,
  };
}

describe('streaming a large message thread', () => {
  it(`yields all ${MESSAGES} messages, the first ones long before the member ends`, async () => {
    const served = { bytes: 0, total: 0 };
    const records: ImportRecord[] = [];
    let bytesAtFirst = -1;
    for await (const r of instagramJson.import(contextWith(served, new AbortController().signal))) {
      if (bytesAtFirst < 0) bytesAtFirst = served.bytes;
      records.push(r);
    }
    expect(records).toHaveLength(MESSAGES);
    expect(bytesAtFirst).toBeGreaterThan(0);
    expect(bytesAtFirst).toBeLessThan(served.bytes / 10);
    const last = records[MESSAGES - 1] as EventRecord;
    expect(last).toMatchObject({ pointer: `/messages/${MESSAGES - 1}`, kind: 'message', counterpart: 'Jonas Becker, Åsa Lindqvist' });
    expect(last.urls).toEqual([`https://scontent-lhr8-1.cdninstagram.com/v/${MESSAGES - 1}.jpg`]);
  });

  it('an abort stops the import with the abort reason', async () => {
    const served = { bytes: 0, total: 0 };
    const controller = new AbortController();
    let n = 0;
    const run = async (): Promise<void> => {
      for await (const _ of instagramJson.import(contextWith(served, controller.signal))) {
        if (++n === 1000) controller.abort(new Error('cancelled by the test'));
      }
    };
    await expect(run()).rejects.toThrow('cancelled by the test');
    expect(n).toBeLessThan(MESSAGES);
  });
});
