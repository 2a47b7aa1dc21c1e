/** No raw error code reaches a person: codes become sentences, sentences stay as they are. */
import { describe, expect, it } from 'vitest';
import { hasRawCode, plainError } from '../../../renderer/src/views/import/plain-error';

describe('plain error messages', () => {
  it('keeps the core’s sentences and replaces leaked codes', () => {
    expect(plainError('This file is not a zip archive.', 'x')).toBe('This file is not a zip archive.');
    expect(plainError('ENOSPC: no space left on device, write', 'x')).toMatch(/^The disk is full/);
    expect(plainError('SqliteError: SQLITE_FULL: database or disk is full', 'x')).toMatch(/^The disk is full/);
    expect(plainError("ENOENT: no such file or directory, open '/tmp/a.zip'", 'x')).toMatch(/could not be found/);
    expect(plainError('EACCES: permission denied', 'x')).toMatch(/not allowed/);
    expect(plainError('Error: ERR_SOMETHING_ODD', 'General.')).toBe('General.');
    expect(plainError(null, 'General.')).toBe('General.');
    for (const s of ['ENOSPC', 'SQLITE_BUSY', 'errno -28', 'x\n    at foo (a.js:1:1)']) expect(hasRawCode(s), s).toBe(true);
    expect(hasRawCode('Nothing was saved. EU and EEA are regions.')).toBe(false);
  });
});
