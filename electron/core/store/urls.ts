/** Host extraction that never throws on the odd strings exports contain. */
export function hostOf(url: string): string | null {
  const trimmed = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return null;
  try {
    const host = new URL(trimmed).hostname.toLowerCase();
    return host.length > 0 ? host.replace(/^\[|\]$/g, '') : null;
  } catch {
    return null;
  }
}

/** Normalise an IP address string as exports write it (spaces, brackets, upper-case hex). */
export function normaliseIp(ip: string): string | null {
  const s = ip.trim().replace(/^\[|\]$/g, '').toLowerCase();
  if (s.length === 0 || s.length > 45) return null;
  if (!/^[0-9a-f:.]+$/.test(s)) return null;
  return s;
}
