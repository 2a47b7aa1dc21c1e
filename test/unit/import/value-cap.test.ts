/**
 * The per-value cap cuts long JSON strings, CSV cells and TXT lines while streaming, keeps the
 * text parseable, never cuts inside an escape or a UTF-8 character, and reports each cut.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { valueCap, type CapReport, type CapSyntax } from '../../../electron/core/import/value-cap';

async function run(syntax: CapSyntax, input: string | Buffer, cap: number, chunkSize = 7): Promise<{ text: string; cuts: CapReport[] }> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const cuts: CapReport[] = [];
  const out: Buffer[] = [];
  for await (const c of Readable.from(chunks).pipe(valueCap(syntax, cap, (r) => cuts.push(r)))) out.push(c as Buffer);
  return { text: Buffer.concat(out).toString('utf8'), cuts };
}

describe('JSON strings', () => {
  it('leaves short values and the structure alone, whatever the chunking', async () => {
    const doc = JSON.stringify({ a: 'short', b: ['x', 'y\\"z'], 'long key name': 1, c: 'é😀' });
    for (const size of [1, 2, 3, 64]) expect((await run('json', doc, 16, size)).text).toBe(doc);
  });

  it('cuts a long value at the cap with a note, and the JSON still parses', async () => {
    const long = 'a'.repeat(100);
    const { text, cuts } = await run('json', JSON.stringify({ keep: 'ok', long, after: 'b' }), 10);
    const parsed = JSON.parse(text) as Record<string, string>;
    expect(parsed.keep).toBe('ok');
    expect(parsed.after).toBe('b');
    expect(parsed.long).toBe(`${'a'.repeat(10)}… [cut by Whereabouts: 90 more bytes]`);
    expect(cuts).toEqual([{ offset: text.indexOf('"aaaa'), dropped: 90 }]);
  });

  it('never cuts inside an escape or a multi-byte character', async () => {
    for (const value of ['\\u00e9'.repeat(0) + 'abc\u00e9\u00e9\u00e9\u00e9\u00e9', 'ab\\"\\"\\"\\"cd', 'x😀😀😀😀😀😀', 'ab\\u0041\\u0042\\u0043def']) {
      const json = `["${value}"]`;
      for (let cap = 1; cap < 12; cap++) {
        for (const size of [1, 3]) {
          const { text } = await run('json', json, cap, size);
          expect(() => JSON.parse(text) as unknown, `${value} cap ${cap} chunk ${size}: ${text}`).not.toThrow();
          expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text); // valid UTF-8
        }
      }
    }
  });

  it('passes UTF-16 text unchanged (decoded later)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ a: 'b'.repeat(50) }), 'utf16le')]);
    const { text, cuts } = await run('json', utf16, 4);
    expect(Buffer.from(text, 'utf8').length).toBeGreaterThan(0);
    expect(cuts).toEqual([]);
  });
});

describe('CSV cells and TXT lines', () => {
  it('cuts a quoted cell and keeps its closing quote, "" escapes and the rows after it', async () => {
    const csv = 'IP Address,Note\r\n1.2.3.4,"say ""hi"" and then a very long text"\r\n5.6.7.8,short\r\n';
    const { text, cuts } = await run('csv', csv, 12, 5);
    expect(text).toBe('IP Address,Note\r\n1.2.3.4,"say ""hi"" a… [cut by Whereabouts: 24 more bytes]"\r\n5.6.7.8,short\r\n');
    expect(cuts).toHaveLength(1);
  });

  it('cuts an unquoted cell at the cap, up to its separator', async () => {
    const { text } = await run('csv', 'a,bbbbbbbbbbbbbbbbbbbb,c\n', 5);
    expect(text).toBe('a,bbbbb… [cut by Whereabouts: 15 more bytes],c\n');
  });

  it('cuts a long line and keeps the next one', async () => {
    const { text, cuts } = await run('lines', `Date: 2024-01-01 10:00:00\nText: ${'z'.repeat(40)}\r\nDate: x\n`, 30, 3);
    expect(text).toBe(`Date: 2024-01-01 10:00:00\nText: ${'z'.repeat(24)}… [cut by Whereabouts: 16 more bytes]\r\nDate: x\n`);
    expect(cuts.map((c) => c.dropped)).toEqual([16]);
  });
});

describe('the JSON fast scan', () => {
  async function both(input: Buffer, cap: number, chunkSize: number) {
    const results = [];
    for (const scan of ['fast', 'bytewise'] as const) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < input.length; i += chunkSize) chunks.push(input.subarray(i, i + chunkSize));
      const cuts: CapReport[] = [];
      const out: Buffer[] = [];
      for await (const c of Readable.from(chunks).pipe(valueCap('json', cap, (r) => cuts.push(r), { scan }))) out.push(c as Buffer);
      results.push({ bytes: Buffer.concat(out).toString('hex'), cuts });
    }
    return results;
  }

  it('cuts exactly what the byte-by-byte scan cuts, for any value, cap and chunking', async () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'é', '😀', '\\"', '\\\\', '\\u00e9', '\\n', ' ', '/', 'x'.repeat(40)];
    for (let round = 0; round < 120; round++) {
      const values = Array.from({ length: 1 + next(6) }, () => Array.from({ length: next(30) }, () => pieces[next(pieces.length)]).join(''));
      const doc = Buffer.from(`{"k":[${values.map((v) => `"${v}"`).join(', ')}], "n": 1}`, 'utf8');
      const cap = 1 + next(60);
      const chunk = 1 + next(50);
      const [fast, bytewise] = await both(doc, cap, chunk);
      expect(fast, `cap ${cap}, chunks of ${chunk}: ${doc.toString()}`).toEqual(bytewise);
    }
  });
});
