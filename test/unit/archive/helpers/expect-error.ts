import { expect } from 'vitest';
import { ArchiveError, type ArchiveErrorCode } from '../../../../electron/core/archive/types';

/** Awaits a rejection and checks it is an ArchiveError with this code whose message names `mentions`. */
export async function expectArchiveError(promise: Promise<unknown>, code: ArchiveErrorCode, ...mentions: string[]): Promise<ArchiveError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected an ArchiveError '${code}'`).toBeInstanceOf(ArchiveError);
  const err = caught as ArchiveError;
  expect(err.code, err.message).toBe(code);
  for (const m of mentions) expect(err.message).toContain(m);
  return err;
}
