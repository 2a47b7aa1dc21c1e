/**
 * The engine's grammar (common/json-engine.ts) against the runtime's own parser and a plain
 * recursive statement of what selection means: for random documents (nested containers, escapes,
 * non-ASCII text, numbers of every form, pretty-printed or not), random selectors and random
 * chunkings, the units are the ones the recursion hands out from JSON.parse's tree; for the same
 * documents with one character changed, the engine refuses exactly what JSON.parse refuses, at the
 * byte JSON.parse names when it names one, whatever the chunking.
 */
import { describe, expect, it } from 'vitest';
import { JsonEngine, JsonTextError, type JsonTokenSink, type JsonUnit, type StaysInParent } from '../../../../electron/core/importers/common/json-engine';
import type { JsonKey } from '../../../../electron/core/importers/common/json-pointer';
import { createRng, type Rng } from '../../../fixtures/generators/rng';

const KEYS = ['a', 'b', 'List', 'Date', 'é', 'x y', '__proto__', 'k\\"q', 'Ünï', '😀'];
const STRINGS = ['', 'plain', 'tab\there', 'quote " and \\ back', 'ünïcödé', '😀 emoji', '\u2028', 'https://example.com/a?b=1', '\u0001'];
const NUMBERS = ['0', '-0', '12', '-3.25', '1e5', '2E-3', '6.02e+23', '123456789012345678901234567890'];

function randomValue(rng: Rng, depth: number): unknown {
  const r = rng.next();
  if (depth < 4 && r < 0.3) {
    const n = rng.int(0, 4);
    const obj: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) obj[rng.pick(KEYS)] = randomValue(rng, depth + 1);
    return obj;
  }
  if (depth < 4 && r < 0.55) return Array.from({ length: rng.int(0, 5) }, () => randomValue(rng, depth + 1));
  if (r < 0.75) return rng.pick(STRINGS);
  if (r < 0.9) return JSON.parse(rng.pick(NUMBERS)) as number;
  return rng.pick([true, false, null]);
}

/** JSON text of a value, sometimes pretty, with escapes the runtime would not write. */
function textOf(rng: Rng, value: unknown): string {
  const text = rng.chance(0.5) ? JSON.stringify(value) : JSON.stringify(value, null, rng.pick([1, 2, '\t']));
  // `\/` and `\u00e9` forms are valid JSON that JSON.stringify never writes.
  return text.replace(/https:\/\//g, rng.chance(0.5) ? 'https:\\/\\/' : 'https://').replace(/é/g, rng.chance(0.5) ? '\\u00e9' : 'é');
}

function randomSelectors(rng: Rng): string[] {
  const out = new Set<string>();
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) {
    const depth = rng.int(1, 4);
    const parts = Array.from({ length: depth }, () => (rng.chance(0.7) ? '*' : rng.pick([...KEYS.slice(0, 4), '0', '1'])));
    out.add(`$.${parts.join('.')}`);
  }
  return [...out];
}

function matches(selectors: readonly string[], path: readonly JsonKey[]): boolean {
  return selectors.some((s) => {
    const parts = s.split('.').slice(1);
    return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
  });
}

/** What selection means, as a recursion over the parsed document. */
function expectedUnits(doc: unknown, selectors: readonly string[], stays?: StaysInParent): JsonUnit[] {
  const out: JsonUnit[] = [];
  const CUT = Symbol('cut');
  const visit = (value: unknown, path: JsonKey[], inList: boolean): unknown => {
    let copy = value;
    if (Array.isArray(value)) {
      const list: unknown[] = [];
      value.forEach((child, i) => {
        const r = visit(child, [...path, i], true);
        if (r !== CUT) list.push(r);
      });
      copy = list;
    } else if (value !== null && typeof value === 'object') {
      const obj: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(value)) {
        const r = visit(child, [...path, k], false);
        if (r !== CUT) Object.defineProperty(obj, k, { value: r, writable: true, enumerable: true, configurable: true });
      }
      copy = obj;
    }
    if (!matches(selectors, path)) return copy;
    if (stays?.(path, copy, inList) === true) return copy;
    out.push({ path, value: copy });
    return CUT;
  };
  if (Array.isArray(doc)) doc.forEach((child, i) => visit(child, [i], true));
  else for (const [k, child] of Object.entries(doc as object)) visit(child, [k], false);
  return out;
}

/** The engine over `text` cut at random places (some inside tokens, escapes and characters). */
function run(text: string, selectors: readonly string[], cuts: number[], stays?: StaysInParent): JsonUnit[] {
  const engine = new JsonEngine(selectors, stays);
  const out: JsonUnit[] = [];
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    engine.write(text.slice(at, cut));
    at = cut;
    out.push(...engine.units);
    engine.units = [];
  }
  engine.end();
  out.push(...engine.units);
  return out;
}

/** Cuts every few characters, never between the halves of a surrogate pair (a decoder never hands out half a character). */
function randomCuts(rng: Rng, text: string): number[] {
  const kind = rng.int(0, 2);
  if (kind === 0) return [];
  const step = kind === 1 ? rng.int(1, 5) : rng.int(6, 200);
  return everyFew(text, step);
}

function everyFew(text: string, step: number): number[] {
  const cuts: number[] = [];
  for (let at = step; at < text.length; at += step) {
    const code = text.charCodeAt(at - 1);
    cuts.push(code >= 0xd800 && code <= 0xdbff ? at + 1 : at);
  }
  return cuts.filter((c) => c < text.length);
}

function byteOf(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index));
}

describe('the JSON engine against JSON.parse', () => {
  it('hands out what the recursion over JSON.parse\'s tree hands out, whatever the chunking (2,000 documents)', () => {
    const rng = createRng(20261207);
    let withText = 0;
    for (let round = 0; round < 2000; round++) {
      const doc = rng.chance(0.5) ? { List: randomValue(rng, 1), a: randomValue(rng, 1), b: randomValue(rng, 2) } : [randomValue(rng, 1), randomValue(rng, 1)];
      const text = textOf(rng, doc);
      const selectors = randomSelectors(rng);
      const stays: StaysInParent | undefined = rng.chance(0.3) ? (_path, value) => typeof value !== 'object' || value === null : undefined;
      const want = expectedUnits(JSON.parse(text), selectors, stays);
      const got = run(text, selectors, randomCuts(rng, text), stays);
      expect(got.map(({ path, value }) => ({ path, value })), `${text} ${selectors.join(' ')}`).toEqual(want);
      // A unit read whole from compact text carries that text: the document's own characters, the same value.
      for (const u of got) {
        if (u.text === undefined) continue;
        withText++;
        expect(text.includes(u.text)).toBe(true);
        expect(JSON.parse(u.text)).toEqual(u.value);
        expect(/^[{[]/.test(u.text) && !/\s/.test(u.text.replace(/"(?:[^"\\]|\\.)*"/g, '""'))).toBe(true);
      }
      if (/\n/.test(text)) expect(got.every((u) => u.text === undefined || !/\n/.test(u.text))).toBe(true);
      // `__proto__` stays an own key, as JSON.parse makes it, never the prototype.
      for (const u of got) if (u.value !== null && typeof u.value === 'object' && !Array.isArray(u.value)) expect(Object.getPrototypeOf(u.value)).toBe(Object.prototype);
    }
    expect(withText).toBeGreaterThan(500);
  });

  it('a token sink is told every token, in order, as a walk of JSON.parse\'s tree gives them (500 documents)', () => {
    const rng = createRng(99);
    const walk = (v: unknown, out: unknown[]): void => {
      if (Array.isArray(v)) {
        out.push(['open', true]);
        for (const x of v) walk(x, out);
        out.push(['close', true]);
      } else if (v !== null && typeof v === 'object') {
        out.push(['open', false]);
        for (const [k, x] of Object.entries(v)) {
          out.push(['key', k]);
          walk(x, out);
        }
        out.push(['close', false]);
      } else out.push(['scalar', v]);
    };
    for (let round = 0; round < 500; round++) {
      // Keys are unique (the documents are JSON.stringify's): a token walk and JSON.parse's tree agree.
      const doc = [randomValue(rng, 1), { List: randomValue(rng, 1), a: randomValue(rng, 2) }, rng.pick(STRINGS), 1.5];
      const text = textOf(rng, doc);
      const want: unknown[] = [];
      walk(JSON.parse(text), want);
      const got: unknown[] = [];
      const sink: JsonTokenSink = {
        open: (isArray) => got.push(['open', isArray]),
        close: (isArray) => got.push(['close', isArray]),
        key: (key) => got.push(['key', key]),
        scalar: (value) => got.push(['scalar', value]),
      };
      const engine = new JsonEngine([], undefined, false, sink);
      let at = 0;
      for (const cut of [...randomCuts(rng, text), text.length]) {
        engine.write(text.slice(at, cut));
        at = cut;
      }
      engine.end();
      expect(got, text).toEqual(want);
    }
  });

  it('a record read whole keeps its text only when the file writes it compact', () => {
    const compact = '{"List":[{"Link":"https:\\/\\/x.example\\/1","n":1.0},{"a":[1,{"b":"c d"}]}]}';
    const units = run(compact, ['$.List.*'], [7, 30]);
    // As written: the escaped slashes and 1.0 stay (JSON.stringify would write them otherwise).
    expect(units.map((u) => u.text)).toEqual(['{"Link":"https:\\/\\/x.example\\/1","n":1.0}', '{"a":[1,{"b":"c d"}]}']);
    const pretty = JSON.stringify(JSON.parse(compact), null, 2);
    expect(run(pretty, ['$.List.*'], []).map((u) => u.text)).toEqual([undefined, undefined]);
  });

  it('refuses what JSON.parse refuses, at the byte JSON.parse names (3,000 one-character changes)', () => {
    const rng = createRng(7);
    const replacements = ['}', ']', '{', '[', ',', ':', '"', '\\', 'x', '1', '-', '.', 'e', ' ', '\n', '\u0002', 't', 'n', 'é'];
    let refused = 0;
    for (let round = 0; round < 3000; round++) {
      const doc = { List: [randomValue(rng, 2), randomValue(rng, 2)], a: randomValue(rng, 1) };
      const good = textOf(rng, doc);
      const at = rng.int(1, good.length - 1);
      const text = good.slice(0, at) + rng.pick(replacements) + good.slice(at + (rng.chance(0.5) ? 1 : 0));
      let parseError: Error | null = null;
      try {
        JSON.parse(text);
      } catch (err) {
        parseError = err as Error;
      }
      const selectors = randomSelectors(rng);
      const attempts = [[], randomCuts(rng, text), everyFew(text, 1)];
      const outcomes = attempts.map((cuts) => {
        try {
          run(text, selectors, cuts);
          return null;
        } catch (err) {
          if (!(err instanceof JsonTextError)) throw err;
          return err;
        }
      });
      const first = outcomes[0]!;
      if (parseError === null) {
        // JSON.parse takes it: then it is still JSON (the change made another valid document).
        expect(outcomes, text).toEqual([null, null, null]);
        continue;
      }
      refused++;
      expect(first, `${text} (${parseError.message})`).not.toBeNull();
      for (const other of outcomes) expect({ byte: other?.byte, char: other?.char }, text).toEqual({ byte: first?.byte, char: first?.char });
      const position = /at position (\d+)/.exec(parseError.message);
      // V8 names the position for most errors; an unfinished text is reported at its end.
      if (position !== null && first.char !== undefined) expect(first.byte, `${text} (${parseError.message})`).toBe(byteOf(text, Number(position[1])));
    }
    expect(refused).toBeGreaterThan(1500);
  });

  it('a record of several MB across many windows (gathered before it is scanned on) reads whole, and a fault in it is placed', () => {
    const item = `{"k":"${'x'.repeat(40)}","n":[1,2.5,true,null]}`;
    const big = `{"big":[${new Array(60_000).fill(item).join(',')}]}`;
    const text = `{"List":[{"a":1},${big},{"b":2}]}`;
    expect(text.length).toBeGreaterThan(3_000_000);
    const cuts = everyFew(text, 65_536);
    const units = run(text, ['$.List.*'], cuts);
    expect(units.map((u) => u.path)).toEqual([['List', 0], ['List', 1], ['List', 2]]);
    expect(units[1]!.text).toBe(big);
    expect(units[1]!.value).toEqual(JSON.parse(big));
    // One character wrong deep inside it: the byte JSON.parse names.
    const at = text.indexOf('2.5', 2_500_000);
    const broken = `${text.slice(0, at)}2.x${text.slice(at + 3)}`;
    let position = -1;
    try {
      JSON.parse(broken);
    } catch (err) {
      position = Number(/at position (\d+)/.exec((err as Error).message)?.[1] ?? -1);
    }
    expect(position).toBe(at + 2);
    expect(() => run(broken, ['$.List.*'], cuts)).toThrow(expect.objectContaining({ byte: position, char: 'x' }) as Error);
  });

  it('a stray quote does not make the scan hold the rest of the file: it is refused within twice the good part', () => {
    // One record with a quote too many, then ~20 MB of good records that the unchecked scan
    // would otherwise read as the inside of one long value.
    const engine = new JsonEngine(['$.List.*']);
    engine.write('{"List": [{"a": "x""}, ');
    const record = `{"Date": "2024-01-01 00:00:00", "Link": "https://example.com/${'v'.repeat(60)}"}, `;
    let written = 0;
    let error: unknown = null;
    try {
      for (; written < 20_000_000; written += record.length * 1000) engine.write(record.repeat(1000));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(JsonTextError);
    expect((error as JsonTextError).byte).toBe('{"List": [{"a": "x"'.length);
    expect(written).toBeLessThan(3 * 1024 * 1024);
  });
});
