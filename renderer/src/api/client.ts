/**
 * The one place the rest of the UI gets the API from. Set once by main.tsx after transport
 * selection; views and stores call `api()` rather than touching `window.api` directly.
 */
import type { Api } from '../../../shared/api';

let current: Api | null = null;
let currentMode: 'electron' | 'serve' = 'serve';

export function setApi(api: Api, mode: 'electron' | 'serve'): void {
  current = api;
  currentMode = mode;
}

/** Electron can open folders by path; the browser can only upload files. */
export function transportMode(): 'electron' | 'serve' {
  return currentMode;
}

export function api(): Api {
  if (!current) throw new Error('The API is not connected yet.');
  return current;
}
