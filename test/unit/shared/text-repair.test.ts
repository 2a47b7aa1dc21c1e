import { describe, expect, it } from 'vitest';
import { fixMetaText, repairMetaJson } from '../../../shared/text-repair';

describe('fixMetaText', () => {
  it('repairs Latin-1-escaped UTF-8 as Meta writes it', () => {
    expect(fixMetaText(JSON.parse('"\\u00c3\\u0089t\\u00c3\\u00a9"') as string)).toBe('Été');
    expect(fixMetaText(JSON.parse('"\\u00c3\\u0089"') as string)).toBe('É');
  });

  it('repairs 4-byte sequences (emoji)', () => {
    expect(fixMetaText(JSON.parse('"\\u00f0\\u009f\\u0091\\u008d"') as string)).toBe('👍');
    expect(fixMetaText(JSON.parse('"nice \\u00f0\\u009f\\u0091\\u008d\\u00f0\\u009f\\u0091\\u008d"') as string)).toBe('nice 👍👍');
  });

  it.each([
    ['plain ASCII', 'hello'],
    ['already-correct accents', 'café Été'],
    ['already-correct emoji', 'thumbs 👍'],
    ['a lone Latin-1 byte that is not UTF-8', 'caf\u00e9'],
    ['a BOM-like prefix that is not valid UTF-8', '\u00ef\u00bb'],
    ['mixed: one char above 0xFF', '\u00c3\u0089 €'],
    ['empty', ''],
  ])('leaves %s unchanged', (_, s) => {
    expect(fixMetaText(s)).toBe(s);
  });

  it('keeps a leading EF BB BF as U+FEFF instead of dropping it', () => {
    expect(fixMetaText('\u00ef\u00bb\u00bfx')).toBe('\uFEFFx');
  });
});

describe('repairMetaJson', () => {
  it('repairs strings and object keys at any depth, leaving other values', () => {
    const parsed: unknown = JSON.parse(String.raw`{
      "Compte priv\u00c3\u00a9": true,
      "messages": [{ "sender_name": "Ren\u00c3\u00a9e", "content": "\u00f0\u009f\u0091\u008d", "timestamp_ms": 1700000000000 }],
      "n": null, "list": ["ok", "caf\u00c3\u00a9"]
    }`);
    expect(repairMetaJson(parsed)).toEqual({
      'Compte privé': true,
      messages: [{ sender_name: 'Renée', content: '👍', timestamp_ms: 1_700_000_000_000 }],
      n: null,
      list: ['ok', 'café'],
    });
  });

  it('does not modify its input and keeps __proto__ as a plain key', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "x"}, "a": "\\u00c3\\u00a9"}') as Record<string, unknown>;
    const out = repairMetaJson(input);
    expect(input.a).toBe('\u00c3\u00a9');
    expect(out.a).toBe('é');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes scalars through', () => {
    expect(repairMetaJson(3)).toBe(3);
    expect(repairMetaJson(null)).toBeNull();
    expect(repairMetaJson('\u00c3\u00a9')).toBe('é');
  });
});
