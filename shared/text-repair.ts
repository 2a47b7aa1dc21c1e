/**
 * Repair for Meta's "mojibake" JSON (reference/export-formats.md §0.3): Facebook and Instagram
 * exports write each UTF-8 byte of a string as its own `\u00XX` escape, so after JSON.parse
 * `É` reads `Ã‰` (`\u00c3\u0089`) and 👍 reads four Latin-1 characters.
 *
 * The repair reinterprets the code points as bytes and decodes them as UTF-8, but only when
 * that is provably what happened: every code unit ≤ 0xFF AND the bytes are valid UTF-8. A
 * string that already holds real text (a `€`, an emoji, a lone `é` whose byte is not valid
 * UTF-8 on its own) is returned unchanged. The rare genuine Latin-1 text that happens to also
 * be valid UTF-8 (e.g. the literal two characters `Ã©`) would be "repaired"; Meta exports never
 * contain unescaped Latin-1 text, so this is the accepted trade-off every parser makes.
 *
 * Runs anywhere (shared/): no Buffer; TextDecoder exists in browsers and Node.
 */

// fatal: invalid UTF-8 throws instead of producing U+FFFD (that is the "is it valid?" test).
// ignoreBOM: a leading EF BB BF must come back as U+FEFF, not be silently dropped.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Repairs one string when it is Latin-1-escaped UTF-8; otherwise returns it unchanged. */
export function fixMetaText(s: string): string {
  let needsRepair = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    if (c >= 0x80) needsRepair = true;
  }
  if (!needsRepair) return s; // pure ASCII: identical either way, skip the allocation
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  try {
    return decoder.decode(bytes);
  } catch {
    return s;
  }
}

/**
 * Deep-repairs a parsed JSON value: every string and every object key. Returns a new value;
 * the input is not modified. A `__proto__` key is kept as an own property, never as a prototype.
 */
export function repairMetaJson<T>(value: T): T {
  return repair(value) as T;
}

function repair(value: unknown): unknown {
  if (typeof value === 'string') return fixMetaText(value);
  if (Array.isArray(value)) return value.map(repair);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      Object.defineProperty(out, fixMetaText(key), {
        value: repair(child), enumerable: true, writable: true, configurable: true,
      });
    }
    return out;
  }
  return value;
}
