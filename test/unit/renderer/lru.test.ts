import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../renderer/src/lib/lru';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond capacity', () => {
    const c = new LruCache<number, string>(2);
    c.set(1, 'a');
    c.set(2, 'b');
    expect(c.set(3, 'c')).toEqual([1]);
    expect(c.has(1)).toBe(false);
    expect(c.keys()).toEqual([2, 3]);
  });

  it('get refreshes recency, peek does not', () => {
    const c = new LruCache<number, string>(2);
    c.set(1, 'a');
    c.set(2, 'b');
    expect(c.get(1)).toBe('a');
    c.set(3, 'c');
    expect(c.keys()).toEqual([1, 3]);
    expect(c.peek(1)).toBe('a');
    c.set(4, 'd');
    expect(c.keys()).toEqual([3, 4]);
  });

  it('overwriting a key keeps one entry and makes it most recent', () => {
    const c = new LruCache<string, number>(3);
    c.set('x', 1);
    c.set('y', 2);
    c.set('x', 3);
    expect(c.size).toBe(2);
    expect(c.keys()).toEqual(['y', 'x']);
    expect(c.get('x')).toBe(3);
  });

  it('stays bounded under a million inserts', () => {
    const c = new LruCache<number, number>(40);
    for (let i = 0; i < 1_000_000; i++) c.set(i, i);
    expect(c.size).toBe(40);
    expect(c.keys()[0]).toBe(999_960);
  });

  it('rejects a capacity below one', () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
