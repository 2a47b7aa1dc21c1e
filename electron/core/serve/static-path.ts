/**
 * Pure mapping of a URL path to a file under a root folder, shared by the Electron `app://`
 * protocol and the serve transport. No file-system access here (callers add the realpath check),
 * so it is easy to test exhaustively.
 */
import { extname, isAbsolute, relative, resolve } from 'node:path';

export type StaticTarget =
  | { kind: 'file'; path: string; contentType: string; fallback: boolean }
  | { kind: 'refused'; reason: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `child` is `root` itself or lies inside it (both absolute, already resolved). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Map a URL pathname (still percent-encoded, as in `new URL(…).pathname` or a raw request
 * target without its query) to a file under `root`.
 *
 * Refused: undecodable escapes, NUL, backslashes (Windows separators smuggled in), any `..` or `.`
 * segment, and anything that resolves outside `root`. `/` and every path whose last segment has
 * no extension map to `index.html` (single-page-app routes; the build has no extensionless
 * files). A missing `/assets/x.js` is NOT answered with HTML: the caller gets the target and
 * reports 404 when it does not exist.
 */
export function resolveStaticPath(root: string, pathname: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused', reason: 'undecodable path' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused', reason: 'illegal character' };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'refused', reason: 'dot segment' };
  // A drive letter or colon segment ("C:") would let `resolve` jump roots on Windows.
  if (segments.some((s) => s.includes(':'))) return { kind: 'refused', reason: 'illegal character' };

  const absRoot = resolve(root);
  const wantsIndex = segments.length === 0;
  const last = segments[segments.length - 1] ?? '';
  const fallback = !wantsIndex && extname(last) === '';
  const rel = wantsIndex || fallback ? ['index.html'] : segments;
  const target = resolve(absRoot, ...rel);
  if (!isInside(absRoot, target) || target === absRoot) return { kind: 'refused', reason: 'outside root' };
  return { kind: 'file', path: target, contentType: contentTypeFor(target), fallback };
}
