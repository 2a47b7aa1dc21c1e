/**
 * Cheap recognition of an X/Twitter archive (reference §0.6: checked first): `data/manifest.js`
 * starting `window.__THAR_CONFIG`, else data files starting `window.YTD.`, else their names.
 * The format is `x-archive-legacy` when posts are in `tweet.js` (archives before 2022), else
 * `x-archive-<year the archive was generated>` from the manifest (`x-archive-current` when no
 * manifest says).
 */
import type { Inventory } from '../../archive/types';
import type { Recognition } from '../types';
import { dataFileName, manifestMember, xDataMembers } from './members';

const PEEK = 8 * 1024;

async function head(peek: (path: string, n: number) => Promise<Buffer>, path: string, n = PEEK): Promise<string> {
  try {
    return (await peek(path, n)).toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    return '';
  }
}

export function decideFormat(inventory: Inventory, manifestHead: string): string {
  const names = new Set(inventory.entries.map((e) => dataFileName(e.path)?.name).filter((n): n is string => n !== undefined));
  if (names.has('tweet') && !names.has('tweets')) return 'x-archive-legacy';
  const year = /"generationDate"\s*:\s*"(\d{4})-/.exec(manifestHead)?.[1];
  return year ? `x-archive-${year}` : 'x-archive-current';
}

export async function recogniseX(
  inventory: Inventory,
  peek: (path: string, n: number) => Promise<Buffer>,
): Promise<Recognition | null> {
  const manifest = manifestMember(inventory);
  const manifestHead = manifest && manifest.bytes > 0 ? await head(peek, manifest.path) : '';
  const format = decideFormat(inventory, manifestHead);
  if (/^\s*window\.__THAR_CONFIG\s*=/.test(manifestHead)) {
    const user = /"userName"\s*:\s*"([^"]*)"/.exec(manifestHead)?.[1];
    return { confidence: 0.97, format, reason: `an X/Twitter archive (data/manifest.js${user ? ` of @${user}` : ''})` };
  }
  const members = xDataMembers(inventory);
  for (const m of members.slice(0, 5)) {
    if (m.entry.bytes === 0) continue;
    if (/^\s*window\.YTD\.[A-Za-z0-9_$]+\.part\d+\s*=/.test(await head(peek, m.entry.path, 256))) {
      return { confidence: 0.9, format, reason: `X/Twitter archive data files (${m.entry.path} starts with "window.YTD.")` };
    }
  }
  const distinct = new Set(members.map((m) => m.spec.id));
  if (distinct.size >= 2 || manifest) {
    return { confidence: 0.6, format, reason: `files named like an X/Twitter archive (${[...distinct].slice(0, 4).join(', ')})` };
  }
  return null;
}
