/**
 * Both Facebook layouts (pre-2024 English, 2024 French-localized) end to end, through the real
 * archive reader, against counts computed from the generator's model.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACEBOOK_VARIANTS, generateFacebookExport, writeFacebookZip } from '../../../fixtures/generators/facebook';
import { variantSuite } from '../meta/variant-suite';

const SEED = 7;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facebook-variants-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(FACEBOOK_VARIANTS)('Facebook %s export', (variant) => {
  const { files, expected } = generateFacebookExport({ variant, seed: SEED });
  variantSuite({
    files, expected,
    write: (zip) => writeFacebookZip(zip, { variant, seed: SEED }),
    ignored: /browser_cookies\.json$/,
  }, () => join(dir, `facebook-${variant}.zip`));
});

describe('Facebook fixtures', () => {
  it('the same seed gives byte-identical zips', async () => {
    const [a, b] = [join(dir, 'a.zip'), join(dir, 'b.zip')];
    await writeFacebookZip(a, { variant: '2024', seed: 5 });
    await writeFacebookZip(b, { variant: '2024', seed: 5 });
    const [ba, bb] = await Promise.all([readFile(a), readFile(b)]);
    expect(ba.equals(bb)).toBe(true);
  });
});
