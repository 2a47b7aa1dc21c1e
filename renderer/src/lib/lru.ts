/**
 * A small least-recently-used cache. The timeline keeps fetched pages here so that scrolling
 * through a million rows never holds more than `capacity` pages in memory.
 * A Map keeps insertion order, so the first key is always the least recently used one.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('LRU capacity must be a positive integer');
  }

  get size(): number {
    return this.map.size;
  }

  /** Reads a value and marks it as the most recently used. */
  get(key: K): V | undefined {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key) as V;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** Reads a value without changing its recency (for rendering checks that must not reorder). */
  peek(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Stores a value; returns the keys evicted to stay within capacity. */
  set(key: K, value: V): K[] {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    const evicted: K[] = [];
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
      evicted.push(oldest.value);
    }
    return evicted;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  /** Keys from least to most recently used. */
  keys(): K[] {
    return [...this.map.keys()];
  }
}
