/**
 * Streaming and bounded memory: the shape of a document does not depend on how its bytes are cut
 * into chunks (X preface, multi-byte characters and tokens split anywhere), and what a shape
 * remembers stays bounded however many keys, literals or string lengths a member holds.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JsonShapeBuilder } from '../../../electron/core/shape/json-shape';
import { renderValue } from '../../../electron/core/shape/render';
import { TxtShapeBuilder } from '../../../electron/core/shape/text-shape';
import { ANY_KEY, MAX_DISTINCT, MAX_KEYS } from '../../../electron/core/shape/tree';

function shapeOf(chunks: Iterable<string | Uint8Array>): string {
  const b = new JsonShapeBuilder();
  for (const c of chunks) b.write(c);
  b.end();
  return renderValue(b.root, '').join('\n');
}

describe('JSON shapes stream', () => {
  const doc = JSON.stringify({
    Activity: { 'Login History': { LoginHistoryList: [
      { Date: '2024-01-01 10:00:00', IP: '203.0.113.1', DeviceModel: 'Ünïcødé 📱 phone' },
      { Date: '2024-01-02 10:00:00', IP: '2001:db8::1', NetworkType: 'Wi-Fi', Extra: null },
    ] } },
    n: [1, 2.5, 1700000000, 1700000000000, true],
  });

  it('gives the same shape whatever the chunking (down to single bytes)', () => {
    const whole = shapeOf([doc]);
    const bytes = Buffer.from(doc, 'utf8');
    expect(shapeOf([...bytes].map((b) => Uint8Array.of(b)))).toBe(whole);
    expect(shapeOf([bytes.subarray(0, 77), bytes.subarray(77, 78), bytes.subarray(78)])).toBe(whole);
    expect(whole).toBe(`{
  "Activity": {
    "Login History": {
      "LoginHistoryList": [  // up to 2 items
        {
          "Date": "<YYYY-MM-DD hh:mm:ss>",
          "IP": "<ipv4>" | "<ipv6>",
          "DeviceModel"?: "<string len 15>",
          "NetworkType"?: "<string len 5>",
          "Extra"?: null
        }
      ]
    }
  },
  "n": [  // up to 5 items
    <int> | <number> | <epoch s> | <epoch ms> | <boolean>
  ]
}`);
  });

  it('an object with more keys than MAX_KEYS becomes a map under one key', () => {
    const b = new JsonShapeBuilder();
    b.write('{"byName": {');
    for (let i = 0; i < MAX_KEYS * 20; i++) b.write(`${i ? ',' : ''}"person ${String.fromCharCode(65 + (i % 26))}${i.toString(36)}": {"seen": ${i}}`);
    b.write('}}');
    b.end();
    const byName = b.root.object!.keys.get('byName')!.node.object!;
    expect(byName.isMap).toBe(true);
    expect([...byName.keys.keys()]).toEqual([ANY_KEY]);
    expect(renderValue(b.root, '').join('\n')).toBe(`{
  "byName": {
    "<key>": {
      "seen": <int>
    }
  }
}`);
  });

  it('distinct literals and string lengths are counted up to a bound', () => {
    const b = new JsonShapeBuilder();
    b.write('[');
    for (let i = 0; i < MAX_DISTINCT * 3; i++) b.write(`${i ? ',' : ''}{"label": "Label ${String.fromCharCode(97 + (i % 26))}${i.toString(36)}", "text": "${'x'.repeat(i % 500)}"}`);
    b.write(']');
    b.end();
    const item = b.root.array!.item!.object!;
    expect(item.keys.get('label')!.node.literals.size).toBe(MAX_DISTINCT);
    expect(item.keys.get('text')!.node.tokens.size).toBeLessThanOrEqual(40);
    expect(renderValue(b.root, '').join('\n')).toContain(`… (${MAX_DISTINCT}+ distinct)`);
  });

  it('an incomplete or doubled document is an error, not a shape', () => {
    expect(() => shapeOf(['{"a": [1, 2'])).toThrow('ends before it is complete');
    expect(() => shapeOf(['{"a": 1} {"b": 2}'])).toThrow();
  });
});

describe('TXT shapes stream', () => {
  it('counts lines and labels across chunk boundaries, and skips an overlong line', async () => {
    const text = `Date: 2024-01-01 10:00:00\nLink: https://www.tiktokv.com/share/video/1/\n\n${'y'.repeat(200_000)}\nDate: 2024-01-02 10:00:00\nLink: https://www.tiktokv.com/share/video/2/`;
    const b = new TxtShapeBuilder();
    for await (const chunk of Readable.from(text.match(/[\s\S]{1,7}/g) ?? [])) b.write(chunk as string);
    expect(b.end()).toEqual(['lines: 6', 'labels: Date: "<YYYY-MM-DD hh:mm:ss>" | Link: "<url host=www.tiktokv.com path-segments=3>"']);
  });
});
