/**
 * Build step: writes the bundled sample export (a synthetic TikTok persona from the committed,
 * seeded generator) to resources/generated/sample/, and the workshop personas
 * (electron/core/personas/catalogue.ts) to resources/generated/personas/<id>/. Same seed, same
 * bytes: the SHA-256s are stable across builds, so reports on them are reproducible.
 *
 * Why build time and not run time: the generators live under test/ and are not part of the app's
 * bundles; writing the zips here keeps the shipped code free of them (electron-builder ships
 * resources/generated as it ships the sample), and a persona loads offline like any export.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSampleExport } from '../test/fixtures/sample';
import { writePersonas } from '../test/fixtures/personas/recipes';

async function main(): Promise<void> {
  const generated = join(__dirname, '..', 'resources', 'generated');
  const dir = join(generated, 'sample');
  mkdirSync(dir, { recursive: true });
  const path = await writeSampleExport(dir);
  console.log(`sample export: ${path}`);
  // Rewritten from scratch: a persona renamed or removed leaves no stale file behind.
  const personas = join(generated, 'personas');
  rmSync(personas, { recursive: true, force: true });
  const written = await writePersonas(personas);
  console.log(`personas: ${written.length} exports in ${personas}`);
}

main().catch((err: unknown) => {
  console.error(`build-sample: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
