/**
 * Build step: writes the bundled sample export (a synthetic TikTok persona from the committed,
 * seeded generator) to resources/generated/sample/. Same seed, same bytes: the sample's SHA-256
 * is stable across builds, so reports on it are reproducible.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeSampleExport } from '../test/fixtures/sample';

async function main(): Promise<void> {
  const dir = join(__dirname, '..', 'resources', 'generated', 'sample');
  mkdirSync(dir, { recursive: true });
  const path = await writeSampleExport(dir);
  console.log(`sample export: ${path}`);
}

main().catch((err: unknown) => {
  console.error(`build-sample: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
