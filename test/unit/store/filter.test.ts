import { describe, expect, it } from 'vitest';
import { buildWhere, ftsQuery, highlight } from '../../../electron/core/store/queries/filter';

describe('timeline filter → SQL', () => {
  it('binds every value and joins ips only when needed', () => {
    const w = buildWhere({ kinds: ['login', 'watch'], from: '2024-01-01T00:00:00Z' });
    expect(w.joins).toBe('');
    expect(w.where).toBe('WHERE e.ts >= ? AND e.kind IN (?,?)');
    expect(w.params).toEqual([Date.parse('2024-01-01T00:00:00Z'), 'login', 'watch']);
    const c = buildWhere({ countries: ['DE'], networkKinds: ['cloud'] });
    expect(c.joins).toContain('JOIN ips i');
    expect(c.params).toEqual(['DE', 'cloud']);
  });

  it('turns words into an all-words FTS query with quotes escaped', () => {
    expect(ftsQuery('zebra-quartz-7731')).toBe('"zebra-quartz-7731"');
    expect(ftsQuery('a "b')).toBe('"a" AND """b"');
    expect(ftsQuery('   ')).toBeNull();
  });

  it('marks matches case-insensitively, merging overlaps', () => {
    expect(highlight('Hello World hello', 'hello')).toEqual([
      { text: 'Hello', hit: true }, { text: ' World ', hit: false }, { text: 'hello', hit: true },
    ]);
    expect(highlight('abcdef', 'abc cde')).toEqual([{ text: 'abcde', hit: true }, { text: 'f', hit: false }]);
    expect(highlight('nothing', 'zzz')).toEqual([{ text: 'nothing', hit: false }]);
  });
});
