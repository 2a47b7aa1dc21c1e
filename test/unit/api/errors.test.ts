/** The error envelope (shared/errors.ts), the core's classification and the UI's messageOf. */
import { describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODES, fromEnvelope, httpStatusOf, INTERNAL_MESSAGE, toEnvelope } from '../../../shared/errors';
import { classifyCoreError, coreEnvelope } from '../../../electron/core/api/errors';
import { ArchiveError } from '../../../electron/core/archive/types';
import { messageOf } from '../../../renderer/src/api/errors';

describe('toEnvelope / fromEnvelope', () => {
  it('keeps an ApiError whole, and it survives a structured clone (the worker / process boundary)', () => {
    const err = new ApiError('not-found', 'No source with id 9.', { channel: 'sources.remove' });
    const env = toEnvelope(err);
    expect(env).toEqual({ code: 'not-found', message: 'No source with id 9.', detail: { channel: 'sources.remove' } });
    expect(toEnvelope(structuredClone(env))).toEqual(env);
    const back = fromEnvelope(structuredClone(env));
    expect(back).toBeInstanceOf(ApiError);
    expect([back.code, back.message, back.detail]).toEqual(['not-found', 'No source with id 9.', { channel: 'sources.remove' }]);
  });

  it('turns anything else into internal with the generic message, and hands the original to the logger', () => {
    const seen: unknown[] = [];
    const sqlite = Object.assign(new Error('SQLITE_ERROR: no such column: q.split'), { code: 'SQLITE_ERROR' });
    for (const err of [new TypeError('q.split is not a function'), sqlite, 'a string', { code: 'made-up', message: 'x' }, undefined]) {
      const env = toEnvelope(err, (e) => seen.push(e));
      expect(env).toEqual({ code: 'internal', message: INTERNAL_MESSAGE });
    }
    expect(seen).toHaveLength(5);
    // An `internal` envelope passed along never carries forwarded text.
    expect(toEnvelope({ code: 'internal', message: 'stack at x.js:1' })).toEqual({ code: 'internal', message: INTERNAL_MESSAGE });
  });

  it('reads the older {error, code} shape and refuses unknown codes', () => {
    expect(fromEnvelope({ error: 'An import is running.', code: 'busy' }).code).toBe('busy');
    expect(fromEnvelope({ message: 'x', code: 'no-such-code' })).toMatchObject({ code: 'internal', message: INTERNAL_MESSAGE });
    expect(fromEnvelope(null)).toMatchObject({ code: 'internal' });
  });

  it('every code has a client (4xx) or server (5xx) status; client mistakes are 4xx', () => {
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
    expect(httpStatusOf('bad-request')).toBe(400);
    expect(httpStatusOf('not-found')).toBe(404);
    expect(httpStatusOf('busy')).toBe(409);
    expect(httpStatusOf('internal')).toBe(500);
  });
});

describe('the core classifies its own failures', () => {
  it('archive problems, a full disk', () => {
    expect(classifyCoreError(new ArchiveError('not-an-archive', 'x.zip', 'not a zip file or folder'))).toMatchObject({ code: 'not-an-export', detail: { file: 'x.zip' } });
    expect(classifyCoreError(new ArchiveError('corrupt', 'x.zip', 'bad CRC', 'a.json'))).toMatchObject({ code: 'archive-corrupt', detail: { file: 'x.zip', member: 'a.json' } });
    expect(classifyCoreError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))?.code).toBe('disk-full');
    expect(classifyCoreError(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }))?.code).toBe('disk-full');
    expect(classifyCoreError(new Error('other'))).toBeNull();
  });

  it('coreEnvelope logs internal errors with their context and never returns their text', () => {
    const logs: string[] = [];
    const env = coreEnvelope(new RangeError('Invalid time value'), 'timeline.page', (e, ctx) => logs.push(`${ctx} ${String(e)}`));
    expect(env).toEqual({ code: 'internal', message: INTERNAL_MESSAGE });
    expect(logs).toEqual(['timeline.page RangeError: Invalid time value']);
  });
});

describe('messageOf (what the page shows)', () => {
  it('reads the message of an Error, an ApiError and a plain envelope-shaped object (contextBridge rejections)', () => {
    expect(messageOf(new ApiError('busy', 'An import is running.'))).toBe('An import is running.');
    expect(messageOf({ name: 'ApiError', code: 'bad-request', message: 'sourceId: expected a whole number, got a text' })).toBe('sourceId: expected a whole number, got a text');
    expect(messageOf(new Error('Whereabouts is not reachable.'))).toBe('Whereabouts is not reachable.');
    expect(messageOf('plain words')).toBe('plain words');
  });

  it('never shows the text of an internal error, and has a sentence for anything else', () => {
    expect(messageOf({ code: 'internal', message: 'TypeError: q.split is not a function' })).toBe(INTERNAL_MESSAGE);
    expect(messageOf(undefined)).toBe(INTERNAL_MESSAGE);
    expect(messageOf({})).toBe(INTERNAL_MESSAGE);
  });
});
