/**
 * Where generated resources (datasets, the sample export) live: the packaged app passes
 * process.resourcesPath/generated; a checkout finds `resources/generated` (evidence/data-dir.ts).
 */
import { join } from 'node:path';
import { resolveGeneratedDir } from './evidence/data-dir';

export function defaultResourcesDir(): string {
  return resolveGeneratedDir();
}

export function samplePath(resourcesDir: string): string {
  return join(resourcesDir, 'sample', 'TikTok_Data_sample.zip');
}
