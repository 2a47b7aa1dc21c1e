/**
 * "Adding an unknown key with data to any fixture surfaces it": for every real-layout fixture
 * (test/fixtures/layouts/), a key no importer knows is planted in the first record of every JSON
 * and TXT member the importer reads, and the import must report it as not read — in that member,
 * under that key, with a pointer (or line) to where it was planted. Catches any mapper that silently drops keys.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/core/archive/open';
import { analyzeDocument } from '../../electron/core/report/analyze-json';
import { openDb } from '../../electron/core/store/db';
import type { BuildLayout } from '../fixtures/layouts/types';
import { writeDeterministicZip } from '../fixtures/generators/zip';
import { importInto, realEvidence, tempDir } from './helpers';

const LAYOUTS = join(__dirname, '..', 'fixtures', 'layouts');
const PLANTED = 'zzPlantedByTest';
const names = readdirSync(LAYOUTS).filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.includes('-kit')).map((f) => f.slice(0, -3));

/** The path to the first object inside the first list (depth first), where a record sits. */
function firstRecord(value: unknown, path: (string | number)[] = [], inList = false): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstRecord(value[i], [...path, i], true);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    if (inList) return path;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const found = firstRecord(v, [...path, k], false);
      if (found) return found;
    }
  }
  return null;
}

function at(root: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const k of path) node = node[k] as Record<string | number, unknown>;
  return node;
}

const pointer = (path: readonly (string | number)[]) => path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

describe.each(names)('%s', (name) => {
  it('reports a planted unknown key in every JSON member it reads', async () => {
    const dir = tempDir('wa-plant-');
    const build = (await import(join(LAYOUTS, `${name}.ts`)) as { buildLayout: BuildLayout }).buildLayout;
    const { paths } = await build(join(dir, 'orig'));
    for (const [n, original] of paths.entries()) {
      // Read the export as the importer sees it (wrapper folder stripped) and plant the key.
      const reader = await openArchive([original]);
      const files: { path: string; content: string | Buffer }[] = [];
      const planted = new Map<string, string>();
      try {
        for (const e of reader.inventory.entries) {
          const chunks: Buffer[] = [];
          for await (const c of await reader.open(e.path)) chunks.push(c as Buffer);
          let content: string | Buffer = Buffer.concat(chunks);
          const isJs = e.path.endsWith('.js');
          if (e.path.endsWith('.txt')) {
            // TXT records are `Key: value` lines: a line with an unknown key in the first record.
            const lines = content.toString('utf8').split('\n');
            const first = lines.findIndex((l) => /^[\w .-]+: /.test(l));
            if (first >= 0) {
              lines.splice(first + 1, 0, `${PLANTED}: some data`);
              planted.set(e.path, `line:${first + 2}`);
              content = lines.join('\n');
            }
          } else if (e.path.endsWith('.json') || isJs) {
            const text = content.toString('utf8');
            const eq = isJs ? text.indexOf('=') : -1;
            try {
              const doc = JSON.parse(isJs ? text.slice(eq + 1) : text) as unknown;
              const rec = firstRecord(doc);
              if (rec) {
                at(doc, rec)[PLANTED] = 'some data';
                planted.set(e.path, pointer([...rec, PLANTED]));
                content = (isJs ? text.slice(0, eq + 1) + ' ' : '') + JSON.stringify(doc);
              }
            } catch {
              // Not a JSON data file (an X viewer script): left as it is.
            }
          }
          // Written back under the folder the archive layer stripped (a one-category Facebook export is that folder).
          files.push({ path: reader.inventory.strippedFolder ? `${reader.inventory.strippedFolder}/${e.path}` : e.path, content });
        }
      } finally {
        await reader.close();
      }
      const zip = join(dir, 'planted', `${n}-${original.split('/').pop()!.replace(/\.zip$/, '')}.zip`);
      await writeDeterministicZip(zip, files);
      const db = openDb(join(dir, `p${n}.db`));
      const outcome = await importInto(db, [zip]);
      expect(outcome.status, outcome.message ?? '').toBe('imported');
      const source = analyzeDocument(db, outcome.sourceIds, realEvidence().datasets, []).sources[0]!;
      const parsed = new Set(source.coverage.parsed.map((p) => p.member));
      const missed: string[] = [];
      for (const [member, where] of planted) {
        if (!parsed.has(member)) continue; // ignored or unknown files are reported as such already
        const hit = source.coverage.notRead.find((g) => g.member === member && g.kind === 'key' && g.what.endsWith(`/${PLANTED}`));
        if (!hit) missed.push(`${member} (planted at ${where})`);
        else expect(hit.example, member).toBe(where);
      }
      expect(missed, `planted keys not reported in ${name}`).toEqual([]);
      expect(planted.size).toBeGreaterThan(0);
      db.close();
    }
  }, 120_000);
});
