/**
 * Which URLs the Electron renderer (and main-process `net`, which shares the session) may load.
 * Pure, no electron import, unit-tested. Everything else is cancelled by request-guard.ts.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'whereabouts';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export interface UrlPolicyOptions {
  /** Development build: the Vite dev server (ELECTRON_RENDERER_URL) is allowed too. */
  dev: boolean;
  devServerUrl?: string | undefined;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `app://whereabouts/…` exactly (no port, no credentials). Node's URL gives origin "null" for
 * schemes it does not know, so compare the parts rather than `.origin`.
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '' && u.username === '' && u.password === '';
}

/** Same scheme+host+port as the dev server, or its WebSocket twin (Vite HMR). */
export function isDevServerUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl === undefined || devServerUrl === '') return false;
  const u = parse(url);
  const dev = parse(devServerUrl);
  if (u === null || dev === null || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return false;
  const wsTwin = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return (u.protocol === dev.protocol || u.protocol === wsTwin) && u.host === dev.host && u.username === '' && u.password === '';
}

export function isAllowedUrl(url: string, opts: UrlPolicyOptions): boolean {
  if (isAppUrl(url)) return true;
  const scheme = parse(url)?.protocol;
  // data: and blob: are in-memory (image previews, CSV downloads); devtools: is the inspector UI.
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'devtools:') return true;
  return opts.dev && isDevServerUrl(url, opts.devServerUrl);
}

/**
 * Where the top-level document and frames may navigate: only our own pages (the dev server in
 * dev). Narrower than isAllowedUrl: a data: or blob: document must never replace the app.
 */
export function isAllowedNavigation(url: string, opts: UrlPolicyOptions): boolean {
  if (isAppUrl(url)) return true;
  return opts.dev && isDevServerUrl(url, opts.devServerUrl) && parse(url)?.protocol.startsWith('http') === true;
}
