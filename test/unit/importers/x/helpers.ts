/** Helpers for the X importer tests: the JSON after a preface, and importing a modified archive. */
import { join } from 'node:path';
import { xImporters } from '../../../../electron/core/importers/x';
import { generateXArchive, type XOptions } from '../../../fixtures/generators/x';
import { writeDeterministicZip, type ZipInput } from '../../../fixtures/generators/zip';
import { runImport, type ImportRun } from '../harness';

/** The JSON after `window.YTD.….partN =` (or `window.__THAR_CONFIG =`), parsed — how X pointers are resolved. */
export function afterPreface(content: string): unknown {
  return JSON.parse(content.slice(content.indexOf('=') + 1));
}

/** Generates an archive, replaces (or drops, with `null`) some files, zips and imports it. */
export async function importModified(dir: string, name: string, opts: XOptions, replace: Record<string, string | Buffer | null>, extra: ZipInput[] = []): Promise<ImportRun> {
  const { files } = generateXArchive(opts);
  const zip = join(dir, `${name}.zip`);
  const kept = files.filter((f) => replace[f.path] !== null).map((f) => (f.path in replace ? { ...f, content: replace[f.path] as string | Buffer } : f));
  await writeDeterministicZip(zip, [...kept, ...extra]);
  return runImport([zip], xImporters);
}
