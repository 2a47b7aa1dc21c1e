/**
 * Link groups read two ways must agree: host groups summed per host (analysis-rows.ts linkGroups)
 * against the GROUP BY on the host's rule and label they replaced, and a group's first citations
 * by walking events in time order (dense groups) against collecting and sorting its ids. Real
 * imports of two TikTok exports (several hosts, groups of every size).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkGroupEvidence, linkGroups, type LinkGroupKey } from '../../electron/core/store/analysis-rows';
import { openDb, type Db } from '../../electron/core/store/db';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { importInto, realEvidence, tempDir } from './helpers';

let db: Db;
let sourceIds: number[] = [];

beforeAll(async () => {
  const dir = tempDir();
  db = openDb(join(dir, 'w.db'));
  const ev = realEvidence();
  for (const [variant, seed] of [['json-2024', 3], ['json-2022', 4]] as const) {
    const zip = join(dir, `${variant}.zip`);
    await writeTikTokZip(zip, { variant, seed });
    const r = await importInto(db, [zip], { enricher: ev.enricher, analyse: ev.analyse });
    sourceIds = [...sourceIds, ...(r as { sourceIds: number[] }).sourceIds];
  }
}, 120_000);

describe('link groups', () => {
  it('host groups summed per host equal the GROUP BY on rule and label, in its order', () => {
    for (const only of [undefined, [sourceIds[0]!]]) {
      const filter = only ? ` AND e.source_id IN (${only.join(',')})` : '';
      const byRule = db.prepare(
        `SELECT h.rule_id AS ruleId, coalesce(h.location_label, '') AS label, min(h.name) AS sample, count(*) AS count, min(e.ts) AS lo, max(e.ts) AS hi
         FROM urls u JOIN hosts h ON h.id = u.host_id JOIN events e ON e.id = u.event_id WHERE 1 = 1${filter} GROUP BY h.rule_id, label`,
      ).all();
      const summed = linkGroups(db, 'host', only).map(({ grade: _grade, ...g }) => g);
      expect(byRule.length).toBeGreaterThan(1);
      expect(summed).toEqual(byRule);
    }
  });

  it("a group's first citations are the same whether its events are walked in time order or collected and sorted", () => {
    let groups = 0;
    for (const by of ['host', 'path'] as const) {
      for (const g of linkGroups(db, by)) {
        const key: LinkGroupKey = { by, ruleId: g.ruleId, label: g.label };
        const sorted = linkGroupEvidence(db, key, 50);
        expect(linkGroupEvidence(db, key, 50, true)).toEqual(sorted);
        expect(sorted.length).toBeGreaterThan(0);
        groups++;
      }
    }
    expect(groups).toBeGreaterThan(1);
  });
});
