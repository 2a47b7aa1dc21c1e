/**
 * Cheap recognition of an X/Twitter archive (reference §0.6: checked first): `data/manifest.js`
 * starting `window.__THAR_CONFIG`, else data files starting `window.YTD.`, else their names.
 * The format says what the archive is, never a relative age: `x-archive-<year>` from the
 * manifest's generation date when there is one; without it, by the layout's features — data
 * files at the archive's root with no manifest are the 2018–2019 layout, a `data/` folder with
 * posts in `tweet.js` is 2019–2021, with `tweets.js` 2022 or later (formats.ts).
 */
import type { Inventory } from '../../archive/types';
import type { Recognition } from '../types';
import { folders } from '../common/paths';
import { X_FORMATS } from './formats';
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
  const year = /"generationDate"\s*:\s*"(\d{4})-/.exec(manifestHead)?.[1];
  if (year) return `x-archive-${year}`;
  const data = inventory.entries.filter((e) => dataFileName(e.path) !== null);
  const names = new Set(data.map((e) => dataFileName(e.path)?.name));
  // The archive layer strips one wrapping folder, so "at the root" means no `data/` folder at all.
  const atRoot = data.length > 0 && data.every((e) => !folders(e.path).some((d) => d.toLowerCase() === 'data'));
  if (atRoot) return X_FORMATS.root2018;
  if (names.has('tweets')) return X_FORMATS.data2022;
  if (names.has('tweet')) return X_FORMATS.data2019;
  return X_FORMATS.undated;
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
