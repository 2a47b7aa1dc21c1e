/**
 * SQL stays in the store layer (electron/core/store/), behind named functions: no other folder
 * prepares or executes statements on a database handle. A scan of the sources, with a control.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const STATEMENT = /\b(?:db|this\.db|opts\.db|d\.db\(\)|db\(\))\s*\.\s*(?:prepare|exec)\s*\(|\.pragma\s*\(\s*['"`]/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function offenders(sources: { path: string; text: string }[]): string[] {
  return sources
    .filter((f) => !f.path.startsWith('electron/core/store/'))
    .flatMap((f) => f.text.split('\n').map((line, i) => ({ line, at: `${f.path}:${i + 1}` })).filter((l) => STATEMENT.test(l.line)).map((l) => l.at));
}

describe('SQL stays in the store', () => {
  it('no module outside electron/core/store prepares or executes SQL', () => {
    const sources = files(join(ROOT, 'electron')).map((p) => ({ path: relative(ROOT, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));
    expect(offenders(sources)).toEqual([]);
  });

  it('control: the scan finds a statement outside the store and allows one inside', () => {
    expect(offenders([
      { path: 'electron/core/letter/x.ts', text: "const r = db.prepare(`SELECT 1`).get();" },
      { path: 'electron/core/store/queries/x.ts', text: "const r = db.prepare(`SELECT 1`).get();" },
      { path: 'electron/core/import/y.ts', text: "opts.db.pragma('wal_checkpoint(PASSIVE)');" },
    ])).toEqual(['electron/core/letter/x.ts:1', 'electron/core/import/y.ts:1']);
  });
});
