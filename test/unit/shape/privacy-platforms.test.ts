/**
 * The Instagram, X and Google generators' exports: every string their models hold (persona, IPs,
 * messages, apps, devices…) that shows up in the shape shows up only as structure — a key, a part
 * of a member path, or a kept literal under a structural key (`label`, `header`, `products`,
 * `category`, `type`, `action`) — and kept literals appear nowhere else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shapeExports } from '../../../electron/core/shape/shape-export';
import { generateGoogleTakeout } from '../../fixtures/generators/google';
import { generateInstagramExport } from '../../fixtures/generators/instagram';
import { generateXArchive } from '../../fixtures/generators/x';
import { writeDeterministicZip, type ZipInput } from '../../fixtures/generators/zip';

const tmp = mkdtempSync(join(tmpdir(), 'shape-platforms-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const STRUCTURAL = new Set(['label', 'header', 'products', 'category', 'type', 'action']);
const PLACEHOLDERS = new Set(['', 'N/A', 'n/a', 'None', 'none', 'null', 'NULL', '-', 'undefined']);

function modelStrings(model: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length >= 6) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(model);
  return [...out];
}

/** Quoted texts in a value part that are not type tokens or placeholders: kept literals. */
function literalsIn(valuePart: string): string[] {
  return [...valuePart.matchAll(/"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => JSON.parse(`"${m[1] ?? ''}"`) as string)
    .filter((t) => !t.startsWith('<') && !PLACEHOLDERS.has(t));
}

interface Visible { structure: Set<string>; misplaced: string[] }

/**
 * Walks a shape text's trees: keys and path segments are structure; a kept literal is structure
 * when its key (or its list's key) is structural, and misplaced anywhere else.
 */
function visibleTexts(text: string): Visible {
  const structure = new Set<string>();
  const misplaced: string[] = [];
  const stack: string[] = [];
  for (const line of text.split('\n')) {
    const header = /^### (.*) \(\d+ bytes\)$/.exec(line);
    if (header) {
      for (const seg of (header[1] ?? '').split('/')) structure.add(seg).add(seg.replace(/\.[^.]*$/, ''));
      stack.length = 0;
      continue;
    }
    if (/^(preface|lines|labels|rows|columns|files|unreadable):/.test(line) || line.trim() === '') {
      for (const m of line.matchAll(/(?:^\w+: | \| )([^"|]+?): "/g)) structure.add(m[1] ?? '');
      continue;
    }
    const keyed = /^\s*"((?:[^"\\]|\\.)*)"\??: (.*)$/.exec(line);
    let key: string;
    let rest: string;
    if (keyed) {
      key = JSON.parse(`"${keyed[1] ?? ''}"`) as string;
      structure.add(key);
      rest = keyed[2] ?? '';
    } else {
      const trimmed = line.trim();
      if (trimmed.startsWith('}') || trimmed.startsWith(']')) {
        key = stack.pop() ?? '';
        rest = trimmed.slice(1);
      } else {
        key = stack[stack.length - 1] ?? '';
        rest = trimmed;
      }
    }
    const opens = /(\{|\[ {2}\/\/ up to \d+ items)$/.test(rest.replace(/,$/, ''));
    if (opens) stack.push(keyed ? key : stack[stack.length - 1] ?? '');
    for (const lit of literalsIn(rest)) {
      if (STRUCTURAL.has(key)) structure.add(lit);
      else misplaced.push(`${key}: ${lit}`);
    }
  }
  return { structure, misplaced };
}

async function shapeOf(name: string, files: readonly ZipInput[]): Promise<string> {
  const zip = join(tmp, `${name}.zip`);
  await writeDeterministicZip(zip, files);
  const blocks: string[] = [];
  await shapeExports([[zip]], (b) => blocks.push(b));
  return blocks.join('');
}

const CASES: [string, () => { files: readonly ZipInput[]; model: unknown }][] = [
  ['Instagram 2024', () => generateInstagramExport({ variant: '2024', seed: 5 })],
  ['Instagram 2021', () => generateInstagramExport({ variant: '2021', seed: 5 })],
  ['X current', () => generateXArchive({ variant: 'current', seed: 5 })],
  ['X legacy', () => generateXArchive({ variant: 'legacy', seed: 5 })],
  ['Google Takeout (en)', () => generateGoogleTakeout({ variant: 'en', seed: 5 })],
  ['Google Takeout (de)', () => generateGoogleTakeout({ variant: 'de', seed: 5 })],
];

describe('shape of other platforms\' exports shows their data only as structure', () => {
  for (const [name, generate] of CASES) {
    it(name, async () => {
      const { files, model } = generate();
      const text = await shapeOf(name.replace(/\W+/g, '-'), files);
      const { structure, misplaced } = visibleTexts(text);
      expect(misplaced).toEqual([]);
      const values = modelStrings(model);
      expect(values.length).toBeGreaterThan(20);
      // A plain word ("Google", "keyword") is also part of keys and folder names: it is shown only as a whole text.
      const shown = values.filter((v) => (/^[\p{L}]+$/u.test(v) ? text.includes(JSON.stringify(v)) : text.includes(JSON.stringify(v).slice(1, -1))));
      expect(shown.filter((v) => !structure.has(v))).toEqual([]);
      // Structure never looks like a person's data.
      expect(shown.filter((v) => /@|\d{6,}|\d+\.\d+\.\d+\.\d+/.test(v))).toEqual([]);
    });
  }

  it('the walker sees a literal outside a structural key', () => {
    const { misplaced, structure } = visibleTexts('\n### a.json (1 bytes)\n{\n  "label": "Name",\n  "name": "Mara",\n  "products": [  // up to 1 items\n    "Ads"\n  ]\n}\n');
    expect(misplaced).toEqual(['name: Mara']);
    expect([...structure]).toEqual(expect.arrayContaining(['a.json', 'label', 'Name', 'products', 'Ads']));
  });
});
