/**
 * Same archives + claims + version + --generated-at → byte-identical JSON and HTML, from separate
 * runs with separate databases. And a report on part of a profile equals a report made from a fresh
 * database holding only those archives (the scoped re-analysis), which is what verify relies on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFindings } from '../../../electron/core/store/queries/where';
import { listFlags } from '../../../electron/core/store/queries/flags';
import { openDb } from '../../../electron/core/store/db';
import { loadEvidenceKit } from '../../../electron/core/evidence/load';
import { evidenceFromKit } from '../../../electron/core/analysis/evidence';
import { runImport } from '../../../electron/core/import/run-import';
import { scopedDerived } from '../../../electron/core/report/scope';
import { reportFlag } from '../../../electron/core/report/report-document';
import { ALL_TEMPLATES, GENERATED_AT, runCommand, tempDir, templateArgs, variantZip } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let zip24: string;
let zip23: string;
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

beforeAll(async () => {
  tmp = tempDir();
  zip24 = await variantZip(tmp.dir, 'json-2024');
  zip23 = await variantZip(tmp.dir, 'json-2023');
}, 60_000);
afterAll(() => tmp.remove());

describe('determinism', () => {
  for (const ext of ['json', 'html'] as const) {
    it(`two runs give byte-identical ${ext.toUpperCase()} with --generated-at`, async () => {
      const a = join(tmp.dir, `a.${ext}`);
      const b = join(tmp.dir, `b.${ext}`);
      const args = [...templateArgs(ALL_TEMPLATES), '--generated-at', GENERATED_AT, '--quiet'];
      expect((await runCommand('report', [zip24, ...args, '--out', a])).code).toBe(0);
      expect((await runCommand('report', [zip24, ...args, '--out', b])).code).toBe(0);
      expect(sha(a)).toBe(sha(b));
      expect(readFileSync(a, 'utf8')).toContain(GENERATED_AT);
    });
  }

  it('only generatedAt differs between runs at different times', async () => {
    const a = join(tmp.dir, 't1.json');
    const b = join(tmp.dir, 't2.json');
    await runCommand('report', [zip24, '--template', 'no-datacenter-logins', '--out', a, '--generated-at', '2026-01-01T00:00:00Z']);
    await runCommand('report', [zip24, '--template', 'no-datacenter-logins', '--out', b, '--generated-at', '2027-06-30T12:34:56Z']);
    const la = readFileSync(a, 'utf8').split('\n');
    const lb = readFileSync(b, 'utf8').split('\n');
    const differing = la.map((l, i) => [l, lb[i]] as const).filter(([x, y]) => x !== y);
    expect(differing).toEqual([['  "generatedAt": "2026-01-01T00:00:00Z",', '  "generatedAt": "2027-06-30T12:34:56Z",']]);
  });

  it('a report on one archive of a larger profile (--db) equals one made from that archive alone', async () => {
    const profile = join(tmp.dir, 'profile.db');
    // The profile first holds another export, so stored findings and flags cover both.
    expect((await runCommand('report', [zip23, '--template', 'no-datacenter-logins', '--db', profile, '--out', join(tmp.dir, 'x.json'), '--generated-at', GENERATED_AT])).code).toBe(0);
    const fromProfile = join(tmp.dir, 'p.json');
    const alone = join(tmp.dir, 'alone.json');
    const args = [...templateArgs(ALL_TEMPLATES), '--generated-at', GENERATED_AT, '--quiet'];
    expect((await runCommand('report', [zip24, ...args, '--db', profile, '--out', fromProfile])).code).toBe(0);
    expect((await runCommand('report', [zip24, ...args, '--out', alone])).code).toBe(0);
    expect(readFileSync(fromProfile, 'utf8')).toBe(readFileSync(alone, 'utf8'));
  });

  it('the scoped re-analysis gives exactly the stored findings and flags when it covers the whole profile', async () => {
    const kit = loadEvidenceKit();
    const evidence = evidenceFromKit(kit);
    const db = openDb(join(tmp.dir, 'eq.db'));
    try {
      const o = await runImport({ db, paths: [zip24], enricher: evidence.enricher, analyse: evidence.analyse });
      const scoped = scopedDerived(db, kit, o.sourceIds);
      const strip = <T extends { eventIds: number[] }>(x: T): Omit<T, 'eventIds'> & { eventIds: number[] } => ({ ...x, eventIds: [...x.eventIds].sort((p, q) => p - q) });
      expect(scoped.findings.map(strip)).toEqual(listFindings(db).map(strip));
      expect(scoped.flags.map((f) => reportFlag(f))).toEqual(listFlags(db).map((f) => reportFlag(f)));
    } finally {
      db.close();
    }
  });
});
