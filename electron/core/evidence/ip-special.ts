/**
 * Address ranges that belong to no public network (IANA special-purpose registries, RFC 6890
 * and successors). They are recognised before any dataset lookup: a database answer for them
 * would be meaningless, and a login from one means the platform logged an internal hop.
 */

export const SPECIAL_RANGES = ['private', 'loopback', 'cgnat', 'link-local', 'reserved', 'documentation', 'multicast'] as const;
export type SpecialRange = (typeof SPECIAL_RANGES)[number];

/** [first address, prefix length, kind], IPv4. Checked in order; more specific first where nested. */
const V4: readonly (readonly [number, number, SpecialRange])[] = [
  [0x00000000, 8, 'reserved'],       // 0.0.0.0/8 "this network"
  [0x0a000000, 8, 'private'],        // 10.0.0.0/8
  [0x64400000, 10, 'cgnat'],         // 100.64.0.0/10 shared address space (RFC 6598)
  [0x7f000000, 8, 'loopback'],       // 127.0.0.0/8
  [0xa9fe0000, 16, 'link-local'],    // 169.254.0.0/16
  [0xac100000, 12, 'private'],       // 172.16.0.0/12
  [0xc0000000, 24, 'reserved'],      // 192.0.0.0/24 IETF protocol assignments
  [0xc0000200, 24, 'documentation'], // 192.0.2.0/24 TEST-NET-1
  [0xc0586300, 24, 'reserved'],      // 192.88.99.0/24 former 6to4 relay anycast
  [0xc0a80000, 16, 'private'],       // 192.168.0.0/16
  [0xc6120000, 15, 'reserved'],      // 198.18.0.0/15 benchmarking
  [0xc6336400, 24, 'documentation'], // 198.51.100.0/24 TEST-NET-2
  [0xcb007100, 24, 'documentation'], // 203.0.113.0/24 TEST-NET-3
  [0xe0000000, 4, 'multicast'],      // 224.0.0.0/4
  [0xf0000000, 4, 'reserved'],       // 240.0.0.0/4 incl. 255.255.255.255
];

export function specialV4(ip: number): SpecialRange | null {
  // Fast exit for the common case: most public unicast space shares no leading octet with a range.
  const top = ip >>> 24;
  if (top !== 0 && top !== 10 && top !== 100 && top !== 127 && top !== 169 && top !== 172 && top !== 192
    && top !== 198 && top !== 203 && top < 224) return null;
  for (const [base, len, kind] of V4) {
    const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    if (((ip & mask) >>> 0) === base) return kind;
  }
  return null;
}

/** IPv6, on the first two 32-bit words (every special prefix here is /64 or shorter). */
export function specialV6(w: Uint32Array): SpecialRange | null {
  const w0 = w[0] ?? 0;
  const w1 = w[1] ?? 0;
  const w2 = w[2] ?? 0;
  const w3 = w[3] ?? 0;
  if (w0 === 0 && w1 === 0 && w2 === 0) {
    if (w3 === 1) return 'loopback';   // ::1
    return 'reserved';                  // :: and the deprecated IPv4-compatible form
  }
  if (w0 === 0x01000000 && w1 === 0) return 'reserved';            // 100::/64 discard-only
  if (w0 === 0x20010db8) return 'documentation';                     // 2001:db8::/32
  if ((w0 >>> 12) === 0x3fff0) return 'documentation';               // 3fff::/20 (RFC 9637)
  if ((w0 >>> 25) === (0xfc000000 >>> 25)) return 'private';         // fc00::/7 unique local
  if ((w0 >>> 22) === (0xfe800000 >>> 22)) return 'link-local';      // fe80::/10
  if ((w0 >>> 24) === 0xff) return 'multicast';                      // ff00::/8
  if ((w0 >>> 29) !== 1) return 'reserved';                          // outside 2000::/3 global unicast
  return null;
}
