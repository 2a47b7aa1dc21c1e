/**
 * RFC 6901 JSON Pointers: how every JSON record names its place in its member
 * (`/Activity/Login History/LoginHistoryList/3`, `/3/ipAudit`). Shared by the importers.
 */

export type JsonKey = string | number;

/** RFC 6901 JSON Pointer for a key path. */
export function toPointer(path: readonly JsonKey[]): string {
  let out = '';
  for (const key of path) {
    const k = String(key);
    out += k.includes('~') || k.includes('/') ? `/${k.replace(/~/g, '~0').replace(/\//g, '~1')}` : `/${k}`;
  }
  return out;
}
