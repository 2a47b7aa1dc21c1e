/**
 * The one Content-Security-Policy of the app, shared by the Electron `app://` protocol and the
 * loopback `serve` transport so both deliver the renderer under exactly the same rules.
 * `default-src 'none'` first: everything not listed is refused, notably every remote origin.
 * `connect-src 'self'` lets the serve UI reach its own `/api/*` and nothing else.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // React and CSS-in-attributes (style="…") need inline styles; scripts stay 'self' only.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers every response of ours carries (static files, API answers, errors alike). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
