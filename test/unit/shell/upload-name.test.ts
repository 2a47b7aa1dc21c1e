import { describe, expect, it } from 'vitest';
import { sanitizeUploadName } from '../../../electron/core/serve/upload-name';

describe('upload name', () => {
  it('keeps a normal name', () => {
    expect(sanitizeUploadName(encodeURIComponent('TikTok_Data_2024.zip'))).toBe('TikTok_Data_2024.zip');
    expect(sanitizeUploadName(encodeURIComponent('données été.zip'))).toBe('données été.zip');
  });

  it('takes the last component and strips what is unsafe', () => {
    expect(sanitizeUploadName(encodeURIComponent('../../etc/passwd'))).toBe('passwd');
    expect(sanitizeUploadName(encodeURIComponent('C:\\Users\\a\\x.zip'))).toBe('x.zip');
    expect(sanitizeUploadName(encodeURIComponent('..'))).toBe('upload');
    expect(sanitizeUploadName(encodeURIComponent('.hidden'))).toBe('hidden');
    expect(sanitizeUploadName(encodeURIComponent('a\u0000b\nc.zip'))).toBe('abc.zip');
    expect(sanitizeUploadName(encodeURIComponent('a<b>:"|?*.zip'))).toBe('a_b______.zip');
    expect(sanitizeUploadName(encodeURIComponent('CON.zip'))).toBe('_CON.zip');
    expect(sanitizeUploadName(undefined)).toBe('upload');
    expect(sanitizeUploadName('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('shortens long names but keeps the extension', () => {
    const out = sanitizeUploadName(encodeURIComponent(`${'é'.repeat(300)}.zip`));
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(200);
    expect(out.endsWith('.zip')).toBe(true);
  });
});
