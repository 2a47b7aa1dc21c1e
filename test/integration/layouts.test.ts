/**
 * Every real layout (../shared/reference/real-layouts/*.txt, the shapes of exports people
 * published) has a synthetic twin in test/fixtures/layouts/<layout name>.ts. Built into a temp
 * folder and run through `shape`, the twin must be structure-equal to the layout: same member
 * paths, same key trees and optional keys, same value types (docs/shape.md). A layout without its
 * generator fails here, by name, until the generator is written.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { groupExportPaths } from '../../electron/cli/group-paths';
import { compareShapeTexts } from '../../electron/core/shape/compare';
import { shapeExports } from '../../electron/core/shape/shape-export';
import type { BuildLayout } from '../fixtures/layouts/types';

const REPO = join(__dirname, '..', '..');
/** CI checks out shared/ beside the clone. */
const LAYOUTS = join(REPO, '..', 'shared', 'reference', 'real-layouts');
const FIXTURES = join(REPO, 'test', 'fixtures', 'layouts');
/** Differences shown per layout; the count of the rest is given. */
const SHOWN = 40;

const layoutNames = readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)).sort();
const tmp = mkdtempSync(join(tmpdir(), 'wa-layouts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function shapeText(paths: readonly string[]): Promise<string> {
  const blocks: string[] = [];
  await shapeExports(groupExportPaths(paths), (b) => blocks.push(b));
  return blocks.join('');
}

describe('synthetic exports have the real layouts', () => {
  it('finds the layout files', () => {
    expect(layoutNames.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of layoutNames) {
    it(name, async () => {
      const fixture = join(FIXTURES, `${name}.ts`);
      if (!existsSync(fixture)) {
        expect.fail(`No generator for the real layout ${name}.txt: write test/fixtures/layouts/${name}.ts exporting buildLayout (test/fixtures/layouts/types.ts).`);
      }
      const mod = (await import(pathToFileURL(fixture).href)) as { buildLayout?: BuildLayout };
      if (typeof mod.buildLayout !== 'function') expect.fail(`test/fixtures/layouts/${name}.ts does not export buildLayout.`);
      const built = await mod.buildLayout(join(tmp, name));
      const actual = await shapeText(built.paths);
      const result = compareShapeTexts(readFileSync(join(LAYOUTS, `${name}.txt`), 'utf8'), actual);
      const shown = result.differences.slice(0, SHOWN);
      const more = result.differences.length - shown.length;
      expect(shown, `${name}: the generated export's shape differs from the real layout${more > 0 ? ` (and ${more} more differences)` : ''}`).toEqual([]);
    }, 60_000);
  }
});
