/**
 * Deterministic ids for findings and flags: the same export analysed twice gives the same ids, so
 * reports can be diffed and links into them stay valid.
 */
import { createHash } from 'node:crypto';

export function stableId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p === null ? '\u0001' : String(p)}\u0000`);
  return `${prefix}-${h.digest('hex').slice(0, 16)}`;
}
