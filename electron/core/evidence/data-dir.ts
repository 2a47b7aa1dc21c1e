/**
 * Where the compiled datasets live. The packaged app passes its own folder; in development,
 * tests and the CLI the folder is `resources/generated` under the project root, found by walking
 * up from this module (bundled into out/main in a build) or from the working directory.
 */
import fs from 'node:fs';
import path from 'node:path';

export const GENERATED_SUBDIR = path.join('resources', 'generated');
/** Written last by scripts/build-data.mjs, so its presence marks a finished build. */
export const MANIFEST_FILE = 'ip-tables.json';

export class MissingDataError extends Error {
  constructor(where: string) {
    super(`Compiled datasets not found (${where}): run npm run build`);
    this.name = 'MissingDataError';
  }
}

function walkUp(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, GENERATED_SUBDIR);
    if (fs.existsSync(path.join(candidate, MANIFEST_FILE))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The explicit folder if given (it must hold a build), else the nearest project's. */
export function resolveGeneratedDir(explicit?: string): string {
  if (explicit !== undefined) {
    if (!fs.existsSync(path.join(explicit, MANIFEST_FILE))) throw new MissingDataError(`looked in ${explicit}`);
    return explicit;
  }
  // `__dirname` exists in the CommonJS bundle and under vitest; guard for other loaders.
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.cwd()].filter((s): s is string => s !== null);
  for (const s of starts) {
    const found = walkUp(s);
    if (found) return found;
  }
  throw new MissingDataError(`looked for ${GENERATED_SUBDIR} above ${starts.join(' and ')}`);
}
