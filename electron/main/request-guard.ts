/**
 * The decision behind the session's single `webRequest.onBeforeRequest` listener (Electron keeps
 * only one listener per event, so everything goes through here), plus a bounded record of what
 * was blocked — exposed to the Electron e2e test in test mode to prove nothing else tried to leave.
 */
import { isAllowedUrl, type UrlPolicyOptions } from './url-policy';

export const MAX_RECORDED = 500;

export interface RequestGuard {
  /** true = cancel the request (and record it). */
  shouldCancel(url: string): boolean;
  /** Blocked URLs, oldest first (at most MAX_RECORDED; later ones are counted, not kept). */
  blocked(): string[];
  blockedCount(): number;
}

export function createRequestGuard(opts: UrlPolicyOptions): RequestGuard {
  const list: string[] = [];
  let count = 0;
  return {
    shouldCancel(url) {
      if (isAllowedUrl(url, opts)) return false;
      count += 1;
      if (list.length < MAX_RECORDED) list.push(url);
      return true;
    },
    blocked: () => [...list],
    blockedCount: () => count,
  };
}
