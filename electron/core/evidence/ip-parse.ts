/**
 * IP address parsing without regular expressions: lookups run once per login row and once per
 * benchmark iteration, so the IPv4 path is a single character loop.
 *
 * IPv4 addresses are unsigned 32-bit numbers (as JS numbers). IPv6 addresses are four unsigned
 * 32-bit words, most significant first, matching the compiled tables (scripts/build-data.mjs).
 */

/** Parses a plain dotted quad (`1.2.3.4`, decimal octets); -1 when it is not one. */
export function parseIPv4(s: string): number {
  const n = s.length;
  if (n < 7 || n > 15) return -1;
  let acc = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      acc = acc * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return acc * 256 + part;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Parses an IPv6 address (RFC 4291 text forms: `::` compression, a dotted-quad tail) into
 * `out` (4 words). A zone suffix (`%eth0`) is ignored. Returns false when it is not one.
 */
export function parseIPv6(s: string, out: Uint32Array | number[]): boolean {
  let end = s.indexOf('%');
  if (end < 0) end = s.length;
  if (end < 2) return false;
  const groups: number[] = [];
  let gap = -1;
  let i = 0;
  if (s.charCodeAt(0) === 58) {
    if (s.charCodeAt(1) !== 58) return false;
    gap = 0;
    i = 2;
    if (i === end) {
      out[0] = out[1] = out[2] = out[3] = 0;
      return true;
    }
  }
  while (i < end) {
    let j = i;
    let value = 0;
    while (j < end && j - i < 5) {
      const h = hexValue(s.charCodeAt(j));
      if (h < 0) break;
      value = value * 16 + h;
      j++;
    }
    const next = j < end ? s.charCodeAt(j) : -1;
    if (next === 46) {
      // Dotted-quad tail: the last 32 bits.
      const v4 = parseIPv4(s.slice(i, end));
      if (v4 < 0 || groups.length > 6) return false;
      groups.push(v4 >>> 16, v4 & 0xffff);
      break;
    }
    if (j === i || j - i > 4) return false;
    groups.push(value);
    if (j === end) break;
    if (next !== 58) return false;
    if (s.charCodeAt(j + 1) === 58) {
      if (gap >= 0) return false;
      gap = groups.length;
      i = j + 2;
    } else {
      i = j + 1;
      if (i === end) return false;
    }
  }
  if (gap < 0 ? groups.length !== 8 : groups.length > 7) return false;
  const words = [0, 0, 0, 0, 0, 0, 0, 0];
  const tail = gap < 0 ? 0 : groups.length - gap;
  for (let g = 0; g < groups.length; g++) {
    const at = gap < 0 || g < gap ? g : 8 - tail + (g - gap);
    words[at] = groups[g] ?? 0;
  }
  for (let k = 0; k < 4; k++) out[k] = ((words[2 * k] ?? 0) * 65536 + (words[2 * k + 1] ?? 0)) >>> 0;
  return true;
}

export type ParsedIp =
  | { version: 4; v4: number }
  | { version: 6; words: Uint32Array; /** `::ffff:a.b.c.d` form: the IPv4 address inside. */ mappedV4: number | null };

/**
 * Accepts what exports actually contain: plain addresses, surrounding spaces, an IPv4 address
 * with a `:port`, a bracketed IPv6 address with or without a port. Null for anything else.
 */
export function parseIp(raw: string): ParsedIp | null {
  const fast = parseIPv4(raw);
  if (fast >= 0) return { version: 4, v4: fast };
  let s = raw.trim();
  if (s.length === 0 || s.length > 64) return null;
  if (s.charCodeAt(0) === 91 /* [ */) {
    const close = s.indexOf(']');
    if (close < 0) return null;
    s = s.slice(1, close);
  } else if (s.indexOf(':') === s.lastIndexOf(':') && s.indexOf('.') > 0) {
    // `a.b.c.d:port`
    const colon = s.indexOf(':');
    if (colon > 0) s = s.slice(0, colon);
  }
  const v4 = parseIPv4(s);
  if (v4 >= 0) return { version: 4, v4 };
  const words = new Uint32Array(4);
  if (!parseIPv6(s, words)) return null;
  const mapped = words[0] === 0 && words[1] === 0 && words[2] === 0xffff ? (words[3] ?? 0) : null;
  return { version: 6, words, mappedV4: mapped };
}
