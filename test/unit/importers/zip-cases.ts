/**
 * One small zip per test case, written into a temporary folder that lives as long as the test
 * file: for the tests that build many hand-made exports (the bad-input tests).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { writeDeterministicZip, type ZipInput } from '../../fixtures/generators/zip';

/** Call at the top of a test file (it registers the folder's setup and removal); returns the writer of the next case. */
export function zipCases(prefix: string): (files: ZipInput[]) => Promise<string> {
  let dir = '';
  let n = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return async (files) => {
    const path = join(dir, `case-${++n}.zip`);
    await writeDeterministicZip(path, files);
    return path;
  };
}
