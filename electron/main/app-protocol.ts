/**
 * The `app://whereabouts/<path>` scheme → a file of the built renderer. Pure mapping (no fs, no
 * electron), traversal-safe via the resolver shared with the serve transport.
 */
import { resolveStaticPath, type StaticTarget } from '../core/serve/static-path';
import { SECURITY_HEADERS } from './csp';
import { isAppUrl } from './url-policy';

export function resolveAppUrl(url: string, rendererDir: string): StaticTarget {
  if (!isAppUrl(url)) return { kind: 'refused', reason: 'not an app:// URL of this app' };
  // Our own parse keeps the pathname percent-encoded and un-normalised, so the resolver sees and
  // refuses dot segments instead of having them silently collapsed.
  const afterHost = url.slice(url.indexOf('//') + 2);
  const slash = afterHost.indexOf('/');
  const rawPath = slash === -1 ? '/' : afterHost.slice(slash).split(/[?#]/, 1)[0] ?? '/';
  return resolveStaticPath(rendererDir, rawPath);
}

/** Headers for every app:// response (the CSP header; the renderer's meta tag may repeat it). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' };
}
