/**
 * markBundledSynthetic marks a source by its bytes: the sample and a split persona export
 * imported by path (as the app's buttons or a hand-picked file would) become synthetic; a
 * person's own export does not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markBundledSynthetic } from '../../../electron/core/personas/synthetic';
import { personaPaths } from '../../../electron/core/personas/paths';
import { defaultResourcesDir, samplePath } from '../../../electron/core/resources';
import { openDb } from '../../../electron/core/store/db';
import { listSources } from '../../../electron/core/store/queries/sources';
import { writeTikTokZip } from '../../fixtures/generators/tiktok';
import { importInto, tempDir } from '../helpers';

describe('markBundledSynthetic', () => {
  it('marks the sample and a split persona export by content, and leaves an own export alone', async () => {
    const dir = tempDir();
    const own = join(dir, 'TikTok_Data_1700000000.zip');
    await writeTikTokZip(own, { variant: 'json-2024', seed: 99 });
    const res = defaultResourcesDir();
    const takeout = personaPaths(res, 'journalist-x-google').filter((p) => p.includes('takeout-'));
    const db = openDb(join(dir, 'p.db'));
    try {
      for (const paths of [[own], [samplePath(res)], takeout]) expect((await importInto(db, paths)).status).toBe('imported');
      expect(listSources(db).map((s) => s.synthetic)).toEqual([false, false, false]);
      expect(markBundledSynthetic(db, res)).toBe(2);
      expect(listSources(db).map((s) => [s.platform, s.parts.length, s.synthetic])).toEqual([['tiktok', 1, false], ['tiktok', 1, true], ['google', 2, true]]);
      expect(markBundledSynthetic(db, res)).toBe(0);
    } finally {
      db.close();
    }
  });
});
