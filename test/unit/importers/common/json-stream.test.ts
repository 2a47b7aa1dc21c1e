/**
 * The one streaming JSON engine (common/json-stream.ts): selected values are handed out with
 * their key paths and cut from their parents, selected ancestors arrive afterwards as what is
 * left of them (scalars, nulls, empty lists, values no selector took), a value can be kept in
 * its parent, results do not depend on chunking, errors name the byte, and memory stays flat on
 * a deep file far larger than what the heap may grow by.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { streamJson, newJsonStreamInfo, type JsonStreamOptions, type JsonUnit } from '../../../../electron/core/importers/common/json-stream';

async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Units as path and value (the text of a record read whole is the engine's test: json-engine.test.ts). */
async function units(text: string, opts: Omit<JsonStreamOptions, 'member'>, size = 7): Promise<JsonUnit[]> {
  const out: JsonUnit[] = [];
  for await (const batch of streamJson(chunked(text, size), { member: 'm.json', ...opts })) out.push(...batch.map(({ path, value }) => ({ path, value })));
  return out;
}

describe('the common JSON engine', () => {
  const doc = JSON.stringify({
    Top: { Empty: {}, Null: null, Text: 'interests', Section: { List: [{ a: 1 }, { b: [2] }], Count: 2, Gone: [] } },
    other: { big: [1, 2, 3] },
  });

  it('hands out selected values innermost first, cut from selected ancestors, which arrive with what is left', async () => {
    const got = await units(doc, { select: () => ['$.*', '$.*.*', '$.*.*.List.*'] });
    expect(got).toEqual([
      { path: ['Top', 'Empty'], value: {} },
      { path: ['Top', 'Null'], value: null },
      { path: ['Top', 'Text'], value: 'interests' },
      { path: ['Top', 'Section', 'List', 0], value: { a: 1 } },
      { path: ['Top', 'Section', 'List', 1], value: { b: [2] } },
      // The section's records are gone from it; its scalar key and empty list stay visible.
      { path: ['Top', 'Section'], value: { List: [], Count: 2, Gone: [] } },
      { path: ['Top'], value: {} },
      { path: ['other', 'big'], value: [1, 2, 3] },
      { path: ['other'], value: {} },
    ]);
    for (const size of [1, 3, 64 * 1024]) expect(await units(doc, { select: () => ['$.*', '$.*.*', '$.*.*.List.*'] }, size)).toEqual(got);
  });

  it('a selected value can stay in its parent and arrive with it', async () => {
    const got = await units(doc, {
      select: () => ['$.Top.Section', '$.Top.Section.*'],
      staysInParent: (path, value) => typeof value !== 'object' || value === null,
    });
    expect(got).toEqual([
      { path: ['Top', 'Section', 'List'], value: [{ a: 1 }, { b: [2] }] },
      { path: ['Top', 'Section', 'Gone'], value: [] },
      { path: ['Top', 'Section'], value: { Count: 2 } },
    ]);
  });

  it('the root decides the selectors; the root object\'s keys are listed on request', async () => {
    const info = newJsonStreamInfo();
    const select = (root: 'object' | 'array'): string[] => (root === 'object' ? ['$.Top.Section.List.*'] : ['$.*']);
    const out: JsonUnit[] = [];
    for await (const batch of streamJson(chunked(doc, 5), { member: 'm.json', select, topKeys: true }, info)) out.push(...batch);
    expect(out.map((u) => u.path)).toEqual([['Top', 'Section', 'List', 0], ['Top', 'Section', 'List', 1]]);
    expect(info).toEqual({ root: 'object', topKeys: ['Top', 'other'] });
    expect(await units('[1, {"x": 2}]', { select })).toEqual([{ path: [0], value: 1 }, { path: [1], value: { x: 2 } }]);
  });

  it('errors name the member and the byte, counted past a preface', async () => {
    const run = (text: string, opts: Partial<JsonStreamOptions> = {}): Promise<JsonUnit[]> => units(text, { select: () => ['$.*'], ...opts }, 1024);
    await expect(run('<html>oops</html>')).rejects.toThrow('m.json: not a JSON object or list: the text starts with "<html>oops</html>"');
    await expect(run('"just text"', { expected: 'a JSON object with sections' })).rejects.toThrow('m.json: expected a JSON object with sections; found a string at the top level');
    await expect(run('   \n')).rejects.toThrow('m.json: the file holds no JSON, only whitespace');
    await expect(run('[1, 2', { bytesRead: () => 5 })).rejects.toThrow('m.json: invalid JSON at byte 5: the file ends before the JSON is complete (truncated?)');
    await expect(run('[1; 2]', { offsetBase: () => 30 })).rejects.toThrow('m.json: invalid JSON at byte 32: unexpected ";"');
    await expect(run('{"a": 1}', { select: () => 'expected a list' })).rejects.toThrow('m.json: expected a list');
  });

  it('units completed before an error are handed out first, whatever the chunking', async () => {
    for (const size of [1, 4, 100]) {
      const got: JsonUnit[] = [];
      await expect((async () => {
        for await (const batch of streamJson(chunked('[{"a": 1}, {"b": 2}, }', size), { member: 'm.json', select: () => ['$.*'] })) got.push(...batch);
      })()).rejects.toThrow(/unexpected "}"/);
      expect(got).toEqual([{ path: [0], value: { a: 1 } }, { path: [1], value: { b: 2 } }]);
    }
  });

  it('memory stays flat on a deep file: ~70 MB of messages under selected ancestors, the heap after GC stays within a few MB', async () => {
    // An X direct-messages layout, generated chunk by chunk (never held whole): one conversation
    // whose messages sit under the array item, which is selected too (its keys are checked).
    const messages = 300_000;
    let bytes = 0;
    async function* dmFile(): AsyncGenerator<string> {
      const head = '[{"dmConversation": {"conversationId": "1-2", "messages": [';
      bytes += head.length;
      yield head;
      let part: string[] = [];
      for (let i = 0; i < messages; i++) {
        part.push(`${i ? ',' : ''}{"messageCreate": {"recipientId": "1", "reactions": [], "urls": [], "text": "message number ${i} with some text to make it longer", "mediaUrls": [], "senderId": "2", "id": "${1e15 + i}", "createdAt": "2024-01-01T00:00:00.000Z"}}`);
        if (part.length === 500) {
          const text = part.join('');
          bytes += text.length;
          part = [];
          yield text;
        }
      }
      const tail = `${part.join('')}], "extra": 1}}]`;
      bytes += tail.length;
      yield tail;
    }
    // What the engine retains, not what it has yet to collect: the heap is measured after a full GC.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const retained = (): number => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const base = retained();
    let peak = 0;
    let records = 0;
    let batches = 0;
    let shell: unknown;
    const select = (): string[] => ['$.*.dmConversation.messages.*', '$.*.dmConversation.conversationId', '$.*'];
    for await (const batch of streamJson(dmFile(), { member: 'direct-messages.js', select })) {
      for (const unit of batch) {
        if (unit.path.length === 1) shell = unit.value;
        else if (unit.path[2] === 'messages') records++;
      }
      if (++batches % 100 === 0) peak = Math.max(peak, retained() - base);
    }
    expect(records).toBe(messages);
    expect(shell).toEqual({ dmConversation: { messages: [], extra: 1 } });
    expect(bytes).toBeGreaterThan(60_000_000);
    expect(batches).toBeGreaterThan(500);
    // Held whole, the messages would take more than the file's size; cut as they are handed out, a few MB at most.
    expect(peak).toBeLessThan(8_000_000);
  }, 120_000);
});
