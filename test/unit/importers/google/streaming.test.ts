/**
 * Records.json can be 1–2 GB: its points must flow out while the member is still being read,
 * chunk boundaries must not matter, and a cancel must stop the read.
 */
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../../electron/core/archive/types';
import { streamJson, type JsonUnit } from '../../../../electron/core/importers/common/json-stream';
import { googleTakeout } from '../../../../electron/core/importers/google';
import type { ImportContext } from '../../../../electron/core/importers/types';

const MEMBER = 'Location History/Records.json';
const POINTS = 20_000;

/** A Records.json produced piece by piece, counting how many pieces were pulled. */
function recordsSource(counter: { pulled: number; total: number }): Readable {
  function* pieces(): Generator<Buffer> {
    yield Buffer.from('{"locations":[');
    for (let i = 0; i < POINTS; i += 500) {
      const part: string[] = [];
      for (let j = i; j < i + 500; j++) {
        part.push(`{"latitudeE7":${525200000 + j},"longitudeE7":${134050000 + j},"accuracy":20,"source":"WIFI","deviceTag":7,"timestamp":"${new Date(Date.UTC(2024, 0, 1) + j * 60_000).toISOString()}"}`);
      }
      yield Buffer.from((i === 0 ? '' : ',') + part.join(','));
    }
    yield Buffer.from(']}');
  }
  counter.total = Math.ceil(POINTS / 500) + 2;
  return Readable.from((function* () {
    for (const p of pieces()) {
      counter.pulled++;
      yield p;
    }
  })(), { objectMode: false, highWaterMark: 1 });
}

function context(open: () => Readable, signal = new AbortController().signal): ImportContext & { problems: string[] } {
  const inventory: Inventory = {
    label: 'stream', kind: 'folder', parts: [], skipped: [], diskBytes: 0, totalBytes: 0,
    entries: [{ path: MEMBER, rawPath: MEMBER, bytes: 1_000_000, compressedBytes: 1_000_000, part: 0 }],
  };
  const problems: string[] = [];
  return {
    inventory, format: 'google-takeout', open: async () => open(), problem: (m, msg) => problems.push(`${m}: ${msg}`),
    parsed: () => undefined, ledger: new LedgerBook(), signal, problems,
  };
}

describe('Records.json streaming', () => {
  it('yields the first point long before the member has been read to the end, and all points in order', async () => {
    const counter = { pulled: 0, total: 0 };
    const ctx = context(() => recordsSource(counter));
    let firstAt = -1;
    let count = 0;
    let last = '';
    for await (const record of googleTakeout.import(ctx)) {
      if (firstAt < 0) firstAt = counter.pulled;
      count++;
      last = record.pointer;
    }
    expect(ctx.problems).toEqual([]);
    expect(count).toBe(POINTS);
    expect(last).toBe(`/locations/${POINTS - 1}`);
    expect(firstAt).toBeGreaterThan(0);
    expect(firstAt).toBeLessThan(counter.total / 4);
  });

  it('an abort stops the read with the abort reason', async () => {
    const controller = new AbortController();
    const counter = { pulled: 0, total: 0 };
    const ctx = context(() => recordsSource(counter), controller.signal);
    let count = 0;
    const go = (async () => {
      for await (const _ of googleTakeout.import(ctx)) if (++count === 1000) controller.abort(new Error('cancelled by the person'));
    })();
    await expect(go).rejects.toThrow('cancelled by the person');
    expect(count).toBeLessThan(POINTS);
  });
});

describe('streamJson (the common engine) over sibling lists', () => {
  const doc = Buffer.from(JSON.stringify({ meta: { v: 1 }, locations: [{ a: 'Grüße' }, { b: [1, 2] }, 3], rawSignals: [{ c: true }] }));

  async function items(bytes: Uint8Array, size: number, paths: string[]): Promise<JsonUnit[]> {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    }
    const out: JsonUnit[] = [];
    for await (const batch of streamJson(chunks(), { member: 'm.json', select: () => paths })) out.push(...batch.map(({ path, value }) => ({ path, value })));
    return out;
  }

  it('hands out the items at sibling paths with their key paths, whatever the chunk size', async () => {
    const whole = await items(doc, doc.length, ['$.locations.*', '$.rawSignals.*']);
    expect(whole).toEqual([
      { path: ['locations', 0], value: { a: 'Grüße' } },
      { path: ['locations', 1], value: { b: [1, 2] } },
      { path: ['locations', 2], value: 3 },
      { path: ['rawSignals', 0], value: { c: true } },
    ]);
    for (const size of [1, 3, 7]) expect(await items(doc, size, ['$.locations.*', '$.rawSignals.*'])).toEqual(whole);
  });

  it('the root decides the paths; a wrong root is the caller\'s message', async () => {
    const arr = Buffer.from('  [1, 2]');
    async function* one(): AsyncGenerator<Uint8Array> {
      yield arr;
    }
    const run = async (): Promise<void> => {
      for await (const _ of streamJson(one(), { member: 'm.json', select: (root) => (root === 'object' ? ['$.x.*'] : 'expected an object') })) { /* drain */ }
    };
    await expect(run()).rejects.toThrow('m.json: expected an object');
  });
});
