import { describe, expect, it } from 'vitest';
import { citationText } from '../../../renderer/src/lib/citation';

describe('citation text', () => {
  it('names the archive hash, member, pointer and parser', () => {
    const text = citationText({
      title: 'Login',
      time: '2024-03-01T10:20:30Z',
      precision: 'second',
      timeText: '2024-03-01 10:20:30',
      citation: {
        sourceSha256: 'f'.repeat(64),
        member: 'Activity/Login History.txt',
        pointer: '/Activity/Login History/LoginHistoryList/3',
        sourceFile: 'tiktok.zip',
        platform: 'tiktok',
        format: 'tiktok-json-2024',
        parserVersion: '1.0.0',
      },
    });
    expect(text).toContain(`Archive SHA-256: ${'f'.repeat(64)}`);
    expect(text).toContain('Member: Activity/Login History.txt');
    expect(text).toContain('Pointer: /Activity/Login History/LoginHistoryList/3');
    expect(text).toContain('2024-03-01 10:20:30 UTC');
    expect(text).toContain('Parser version: 1.0.0');
  });
});
