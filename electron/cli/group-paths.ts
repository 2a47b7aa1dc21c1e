/**
 * `analyze a.zip b.zip takeout-001.zip takeout-002.zip`: which arguments form one export. Parts
 * of a split export (same stem, numbered) are one source; every other path is its own.
 */
import { basename } from 'node:path';
import { splitName } from '../core/archive/split';

export function groupExportPaths(paths: readonly string[]): string[][] {
  const groups: string[][] = [];
  const byStem = new Map<string, string[]>();
  for (const p of paths) {
    const s = splitName(basename(p));
    if (s === null) {
      groups.push([p]);
      continue;
    }
    const g = byStem.get(s.key);
    if (g) g.push(p);
    else {
      const fresh = [p];
      byStem.set(s.key, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}
