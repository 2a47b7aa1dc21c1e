/**
 * Lookups over the spec table: which section a JSON key path or a TXT file name belongs to.
 * Built once; matching is spelling-tolerant (keys.ts).
 */
import { normKey } from '../common/keys';
import { KNOWN_TOP_LEVEL, SECTIONS, type SectionSpec } from './spec';

const byJsonPath = new Map<string, SectionSpec>();
/** `Section > ListKey` under any top key; null when two spec rows share the pair. */
const byPair = new Map<string, SectionSpec | null>();
/** A list key alone; null when two spec rows share it (`VideoList`, `SettingsMap`). */
const byList = new Map<string, SectionSpec | null>();
const byId = new Map<string, SectionSpec>();
const byTxtName = new Map<string, SectionSpec>();
const knownSections = new Set<string>();
const knownSectionNames = new Set<string>();
const knownTops = new Set(KNOWN_TOP_LEVEL.map(normKey));

function pathKey(...keys: string[]): string {
  return keys.map(normKey).join('\u0000');
}

function addUnique(map: Map<string, SectionSpec | null>, key: string, spec: SectionSpec): void {
  const had = map.get(key);
  map.set(key, had === undefined || had === spec ? spec : null);
}

for (const spec of SECTIONS) {
  byId.set(spec.id, spec);
  for (const [top, section, list] of spec.json) {
    byJsonPath.set(pathKey(top, section, list), spec);
    addUnique(byPair, pathKey(section, list), spec);
    addUnique(byList, pathKey(list), spec);
    knownSections.add(pathKey(top, section));
    knownSectionNames.add(pathKey(section));
  }
  for (const name of spec.txt) byTxtName.set(name.toLowerCase(), spec);
}

/**
 * The spec for `Top > Section > ListKey`. Exports move sections between top-level keys (comments
 * under `Comment` or under `Activity`), so when the exact path is unknown the section is matched
 * by `Section > ListKey` under any top key, then by a list key only one row uses. Ambiguous
 * names never match; what matches nothing is reported as unknown (and its data as unread).
 */
export function jsonSection(top: string, section: string, list: string): SectionSpec | undefined {
  return byJsonPath.get(pathKey(top, section, list)) ?? byPair.get(pathKey(section, list)) ?? byList.get(pathKey(list)) ?? undefined;
}

/** Whether `Top > Section` is a section some spec row reads (its list keys may still be unknown), under this or any top key. */
export function isKnownJsonSection(top: string, section: string): boolean {
  return knownSections.has(pathKey(top, section)) || knownSectionNames.has(pathKey(section));
}

/** A spec row by id (nested lists name the row that maps their entries). */
export function sectionById(id: string): SectionSpec | undefined {
  return byId.get(id);
}

export function isKnownTopLevel(key: string): boolean {
  return knownTops.has(normKey(key));
}

/** The spec for a TXT member, by its file name (case-insensitive). */
export function txtSection(basename: string): SectionSpec | undefined {
  return byTxtName.get(basename.toLowerCase());
}

/** List keys whose children are groups of records (chats): the JSON streamer reads one level deeper. */
export const NESTED_LIST_KEYS: readonly string[] = [
  ...new Set(SECTIONS.filter((s) => s.shape === 'chats').flatMap((s) => s.json.map((p) => p[2]))),
];
