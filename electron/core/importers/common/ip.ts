/**
 * Finding an IP address written inside free text (`From IP address 203.0.113.9`, `Depuis
 * l'adresse IP 2001:db8::1`). Shape checks only — enrichment and validation of ranges belong to
 * the evidence layer; this only has to avoid calling a version number or a time an address.
 */

// Not inside a longer dotted number (a version like 1.2.3.4.5), but a sentence's full stop may follow.
const V4 = /(?<!\d|\d\.)((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?!\d|\.\d)/;
const V6_CANDIDATE = /(?<![0-9A-Fa-f:])((?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4})(?![0-9A-Fa-f:])/g;

/** Whether a token has the shape of an IPv6 address: 3–8 groups, at most one `::`. */
function looksLikeV6(token: string): boolean {
  const doubles = token.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = token.split(':').filter((g) => g !== '');
  if (groups.length === 0 || groups.some((g) => g.length > 4)) return false;
  return doubles === 1 ? groups.length <= 7 : groups.length === 8;
}

/** The first IPv4 or IPv6 address in `text`, or undefined. */
export function findIp(text: string): string | undefined {
  const v4 = V4.exec(text);
  let v6: { index: number; value: string } | undefined;
  for (const m of text.matchAll(V6_CANDIDATE)) {
    const token = m[1] ?? '';
    if (looksLikeV6(token)) {
      v6 = { index: m.index ?? 0, value: token };
      break;
    }
  }
  if (v4 && (!v6 || (v4.index ?? 0) < v6.index)) return v4[1];
  return v6?.value;
}
