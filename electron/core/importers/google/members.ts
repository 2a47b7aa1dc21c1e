/**
 * Which Takeout member a path is: the declared spec's member patterns (declared.ts, generated from
 * the locale table: folder and file names in every language), through the common member lookup,
 * wherever the zip put them. Also: which language the export is in.
 */
import type { Inventory, InventoryEntry } from '../../archive/types';
import { basename, folders } from '../common/paths';
import { memberAt, type MemberSpec, type PlatformSpec } from '../common/spec-format';
import { compileMembers, type GoogleRow } from './compile';
import { GOOGLE_SPEC, type GoogleMapperId } from './declared';
import { LOCALES, type Lang, type TakeoutLocale } from './spec';

/** A declared spec with its parsed members compiled for the readers. */
export interface GoogleReadSpec {
  spec: PlatformSpec<GoogleMapperId>;
  /** The parsed members as the readers run them, by member id. */
  rows: ReadonlyMap<string, GoogleRow>;
}

export function readSpecOf(spec: PlatformSpec<GoogleMapperId>): GoogleReadSpec {
  return { spec, rows: compileMembers(spec) };
}

/** The declared Google spec, as the registered importer reads it. */
export const GOOGLE_READ: GoogleReadSpec = readSpecOf(GOOGLE_SPEC);

export interface GoogleMember {
  entry: InventoryEntry;
  /** The mapper that reads it (its kind: My Activity, an Access Log table, …). */
  kind: GoogleMapperId;
  row: GoogleRow;
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase();

/**
 * The declared member a path is. The wrapping folder the archive layer stripped is put back in
 * front (a zip of just the `Location History` folder still reads as location history); names
 * are compared in NFC (a zip made on a Mac writes `ä` decomposed).
 */
export function memberOf(path: string, stripped?: string, spec: PlatformSpec<GoogleMapperId> = GOOGLE_SPEC): MemberSpec<GoogleMapperId> | undefined {
  return memberAt(spec, (stripped ? `${stripped}/${path}` : path).normalize('NFC'));
}

/** The mapper a path's member is read by; null for a member not read (ignored, or unknown). */
export function classifyMember(path: string, stripped?: string): GoogleMapperId | null {
  const member = memberOf(path, stripped);
  return member?.status === 'parsed' ? member.record?.mapperId ?? null : null;
}

/** The members this importer reads, in reading order (rules.ts order, then path). */
export function googleMembers(inventory: Inventory, read: GoogleReadSpec = GOOGLE_READ): GoogleMember[] {
  const out: GoogleMember[] = [];
  for (const entry of inventory.entries) {
    const member = memberOf(entry.path, inventory.strippedFolder, read.spec);
    const row = member ? read.rows.get(member.id) : undefined;
    if (row) out.push({ entry, kind: row.mapperId, row });
  }
  return out.sort((a, b) => a.row.order - b.row.order || (a.entry.path < b.entry.path ? -1 : 1));
}

/** The member's folders, with the wrapping folder the archive layer stripped put back in front. */
function foldersOf(path: string, stripped: string | undefined): string[] {
  const list = folders(path).map(norm);
  return stripped ? [norm(stripped), ...list] : list;
}

/** The language whose folder names the export uses most; English when nothing tells. */
export function detectLang(inventory: Inventory): Lang {
  let best: { lang: Lang; hits: number } = { lang: 'en', hits: 0 };
  for (const locale of LOCALES) {
    const names = new Set([
      ...locale.myActivityFolders, ...locale.accessLogFolders, ...locale.locationFolders, ...locale.archiveBrowser,
      ...locale.youtubeFolders,
    ].map(norm));
    let hits = 0;
    for (const e of inventory.entries) {
      const parts = [...foldersOf(e.path, inventory.strippedFolder), norm(basename(e.path))];
      if (parts.some((p) => names.has(p))) hits++;
    }
    if (hits > best.hits) best = { lang: locale.lang, hits };
  }
  return best.lang;
}

export function localeOf(lang: Lang): TakeoutLocale {
  return LOCALES.find((l) => l.lang === lang) ?? (LOCALES[0] as TakeoutLocale);
}

/** The on-device Timeline export (2024+) on its own: not a Takeout. */
export const TIMELINE_FORMAT = 'google-timeline';

/** `google-takeout` for English, `google-takeout-de` / `-fr` for the localised layouts. */
export function formatFor(lang: Lang): string {
  return lang === 'en' ? 'google-takeout' : `google-takeout-${lang}`;
}

export function langOfFormat(format: string): Lang {
  const m = /^google-takeout-(\w+)$/.exec(format);
  return LOCALES.some((l) => l.lang === m?.[1]) ? (m?.[1] as Lang) : 'en';
}
