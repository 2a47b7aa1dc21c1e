/**
 * Every Instagram layout (2021, 2023 Swedish-localized, 2024, 2025 label_values) end to end,
 * through the real archive reader, against counts computed from the generator's model.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInstagramExport, INSTAGRAM_VARIANTS, writeInstagramZip } from '../../../fixtures/generators/instagram';
import { variantSuite } from '../meta/variant-suite';

const SEED = 7;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'instagram-variants-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(INSTAGRAM_VARIANTS)('Instagram %s export', (variant) => {
  const { files, expected } = generateInstagramExport({ variant, seed: SEED });
  variantSuite({
    files, expected,
    write: (zip) => writeInstagramZip(zip, { variant, seed: SEED }),
    ignored: /saved_posts\.json$/,
  }, () => join(dir, `instagram-${variant}.zip`));
});

describe('Instagram fixtures', () => {
  it('the same seed gives byte-identical zips; another seed does not', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(dir, `${n}.zip`)) as [string, string, string];
    await writeInstagramZip(a, { variant: '2024', seed: 99 });
    await writeInstagramZip(b, { variant: '2024', seed: 99 });
    await writeInstagramZip(c, { variant: '2024', seed: 100 });
    const [ba, bb, bc] = await Promise.all([readFile(a), readFile(b), readFile(c)]);
    expect(ba.equals(bb)).toBe(true);
    expect(ba.equals(bc)).toBe(false);
  });

  it('scale multiplies the larger lists', () => {
    const one = generateInstagramExport({ variant: '2024', seed: 1 }).expected;
    const three = generateInstagramExport({ variant: '2024', seed: 1, scale: 3 }).expected;
    expect(three.byKind.ad_impression).toBe((one.byKind.ad_impression ?? 0) * 3);
    expect(three.logins).toBeGreaterThan(one.logins);
  });

  it('writes Meta-escaped text: no raw non-ASCII byte in any JSON member', () => {
    for (const f of generateInstagramExport({ variant: '2023', seed: SEED }).files) {
      if (!f.path.endsWith('.json')) continue;
      expect(/[^\x00-\x7f]/.test(String(f.content)), f.path).toBe(false);
    }
  });
});
