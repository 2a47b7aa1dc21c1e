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

const WEB_AUTHORITY = /^https?:\/\/[^/?#\\\s]+/i;

/**
 * The scheme and authority of an http(s) URL (`https://v16.tiktokcdn.com:443`), which alone decide
 * its host: a key under which hostOf's answer can be reused (the URL parser is the largest cost
 * of taking a URL's host). Null when the authority is empty (`https:///x`: the parser skips the
 * extra slashes) or does not end plainly (at /, \, ?, # or the end): such URLs are parsed whole.
 */
export function authorityOf(url: string): string | null {
  const m = WEB_AUTHORITY.exec(url);
  if (m === null) return null;
  const next = url.charAt(m[0].length);
  return next === '' || next === '/' || next === '?' || next === '#' || next === '\\' ? m[0] : null;
}

/**
 * hostOf with its answers kept by scheme + authority (authorityOf), which alone decide them: most
 * URLs of an export share a few authorities and skip the URL parser. The one answer to whether a
 * URL has a host — the writer (a urls row) and the raw-block packer (a URL in the block) must agree.
 */
export class HostNames {
  private readonly byAuthority = new Map<string, string>();

  constructor(private readonly limit = 50_000) {}

  of(url: string): string | null {
    const authority = authorityOf(url);
    const known = authority === null ? undefined : this.byAuthority.get(authority);
    if (known !== undefined) return known;
    const name = hostOf(url);
    if (authority !== null && name !== null) {
      if (this.byAuthority.size >= this.limit) this.byAuthority.clear();
      this.byAuthority.set(authority, name);
    }
    return name;
  }
}
