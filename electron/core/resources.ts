/**
 * Where generated resources (datasets, the sample export) live. Packaged: passed in by the
 * Electron main process (process.resourcesPath/generated). Dev, tests, CLI from a checkout: the
 * project's `resources/generated`, found by walking up from this file (bundled or not).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function defaultResourcesDir(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources'))) return join(dir, 'resources', 'generated');
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), 'resources', 'generated');
    dir = parent;
  }
}

export function samplePath(resourcesDir: string): string {
  return join(resourcesDir, 'sample', 'TikTok_Data_sample.zip');
}
