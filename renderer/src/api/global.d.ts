import type { Api } from '../../../shared/api';

declare global {
  interface Window {
    /** Set by the Electron preload, or by the HTTP transport in serve mode (tests call it in both). */
    api?: Api;
    /** Never set by the app: the XSS e2e test checks it stays undefined. */
    __xss?: unknown;
  }
}

export {};
