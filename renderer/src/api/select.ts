/**
 * Picks the transport once at start-up. In Electron the preload has already put the contract on
 * `window.api`; anywhere else the page was opened from `whereabouts serve` and talks HTTP to the
 * same origin with the token from the URL. Either way the result is also left on `window.api`.
 */
import type { Api } from '../../../shared/api';
import { createHttpApi } from './http-transport';
import { takeToken } from './token';

export type TransportMode = 'electron' | 'serve' | 'no-token';

export interface Selected {
  mode: TransportMode;
  api: Api | null;
}

export function selectTransport(): Selected {
  if (window.api) return { mode: 'electron', api: window.api };
  const token = takeToken();
  if (!token) return { mode: 'no-token', api: null };
  const api = createHttpApi(token);
  window.api = api;
  return { mode: 'serve', api };
}
