/**
 * Lookups over the spec table: which section a JSON key path or a TXT file name belongs to.
 * Built once; matching is spelling-tolerant (keys.ts).
 */
import { normKey } from '../common/keys';
import { KNOWN_TOP_LEVEL, SECTIONS, type SectionSpec } from './spec';

const byJsonPath = new Map<string, SectionSpec>();
const byTxtName = new Map<string, SectionSpec>();
const knownSections = new Set<string>();
const knownTops = new Set(KNOWN_TOP_LEVEL.map(normKey));

function pathKey(...keys: string[]): string {
  return keys.map(normKey).join('\u0000');
}

for (const spec of SECTIONS) {
  for (const [top, section, list] of spec.json) {
    byJsonPath.set(pathKey(top, section, list), spec);
    knownSections.add(pathKey(top, section));
  }
  for (const name of spec.txt) byTxtName.set(name.toLowerCase(), spec);
}

/** The spec for `Top > Section > ListKey`, if any. */
export function jsonSection(top: string, section: string, list: string): SectionSpec | undefined {
  return byJsonPath.get(pathKey(top, section, list));
}

/** Whether `Top > Section` is a section some spec row reads (its list keys may still be unknown). */
export function isKnownJsonSection(top: string, section: string): boolean {
  return knownSections.has(pathKey(top, section));
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
