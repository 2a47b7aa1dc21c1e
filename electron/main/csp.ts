/**
 * The Electron shell delivers the renderer with the same CSP and security headers as the serve
 * transport; the constant lives once, in electron/core/serve/csp.ts.
 */
export { CSP, SECURITY_HEADERS } from '../core/serve/csp';
