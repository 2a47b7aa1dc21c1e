/**
 * The serve transport's session token. `whereabouts serve` prints a URL like
 * `http://127.0.0.1:PORT/#token=…`; the token is read from the hash once, kept in sessionStorage
 * (so a reload in the same tab still works) and removed from the address bar so it is not left
 * in history, screenshots or a projected screen.
 */
const STORAGE_KEY = 'whereabouts.token';

export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.trim() ? token.trim() : null;
}

export function takeToken(): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  if (fromHash) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token then lives only in memory for this page.
    }
    const clean = window.location.pathname + window.location.search;
    window.history.replaceState(window.history.state, '', clean);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
