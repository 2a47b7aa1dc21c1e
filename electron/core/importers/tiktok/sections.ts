/**
 * Lookups over the rows compiled from a declared spec (compile.ts): which row a JSON key path or
 * a TXT member belongs to. Built once per spec; JSON key matching is spelling-tolerant (keys.ts),
 * TXT members are found by the common member lookup (`memberAt`, file names case-insensitive).
 * The readers take an index, so a copy of the declared spec changes what they read.
 */
import { normKey } from '../common/keys';
import { memberAt, type PlatformSpec } from '../common/spec-format';
import { compileSections } from './compile';
import { TIKTOK_SPEC, type TikTokMapperId } from './declared';
import { KNOWN_TOP_LEVEL, type SectionSpec } from './spec';

const knownTops = new Set(KNOWN_TOP_LEVEL.map(normKey));

function pathKey(...keys: string[]): string {
  return keys.map(normKey).join('\u0000');
}

function addUnique(map: Map<string, SectionSpec | null>, key: string, spec: SectionSpec): void {
  const had = map.get(key);
  map.set(key, had === undefined || had === spec ? spec : null);
}

export class SectionIndex {
  /** Every row: the declared members', in declaration order, then nested records'. */
  readonly sections: readonly SectionSpec[];
  /** List keys whose children are groups of records (chats): the JSON streamer reads one level deeper. */
  readonly nestedListKeys: readonly string[];
  private readonly byJsonPath = new Map<string, SectionSpec>();
  /** `Section > ListKey` under any top key; null when two rows share the pair. */
  private readonly byPair = new Map<string, SectionSpec | null>();
  /** A list key alone; null when two rows share it (`VideoList`, `SettingsMap`). */
  private readonly byList = new Map<string, SectionSpec | null>();
  private readonly byId = new Map<string, SectionSpec>();
  private readonly knownSections = new Set<string>();
  private readonly knownSectionNames = new Set<string>();

  constructor(readonly spec: PlatformSpec<TikTokMapperId>) {
    this.sections = compileSections(spec);
    for (const row of this.sections) {
      this.byId.set(row.id, row);
      for (const [top, section, list] of row.json) {
        this.byJsonPath.set(pathKey(top, section, list), row);
        addUnique(this.byPair, pathKey(section, list), row);
        addUnique(this.byList, pathKey(list), row);
        this.knownSections.add(pathKey(top, section));
        this.knownSectionNames.add(pathKey(section));
      }
    }
    this.nestedListKeys = [...new Set(this.sections.filter((s) => s.shape === 'chats').flatMap((s) => s.json.map((p) => p[2])))];
  }

  /**
   * The row for `Top > Section > ListKey`. Exports move sections between top-level keys (comments
   * under `Comment` or under `Activity`), so when the exact path is unknown the section is matched
   * by `Section > ListKey` under any top key, then by a list key only one row uses. Ambiguous
   * names never match; what matches nothing is reported as unknown (and its data as unread).
   */
  jsonSection(top: string, section: string, list: string): SectionSpec | undefined {
    return this.byJsonPath.get(pathKey(top, section, list)) ?? this.byPair.get(pathKey(section, list)) ?? this.byList.get(pathKey(list)) ?? undefined;
  }

  /** Whether `Top > Section` is a section some row reads (its list keys may still be unknown), under this or any top key. */
  isKnownJsonSection(top: string, section: string): boolean {
    return this.knownSections.has(pathKey(top, section)) || this.knownSectionNames.has(pathKey(section));
  }

  /** A row by id (nested lists name the row that maps their entries). */
  sectionById(id: string): SectionSpec | undefined {
    return this.byId.get(id);
  }

  /** The row of a TXT member: the declared TXT member its path is (common lookup), if any. */
  txtSection(path: string): SectionSpec | undefined {
    const member = memberAt(this.spec, path, (m) => m.items !== undefined && 'txt' in m.items);
    return member ? this.byId.get(member.id) : undefined;
  }
}

/** The index of the declared TikTok spec, as the registered importers read it. */
export const TIKTOK_INDEX = new SectionIndex(TIKTOK_SPEC);

/** The declared spec's row for a JSON key path (see SectionIndex.jsonSection). */
export function jsonSection(top: string, section: string, list: string): SectionSpec | undefined {
  return TIKTOK_INDEX.jsonSection(top, section, list);
}

export function isKnownTopLevel(key: string): boolean {
  return knownTops.has(normKey(key));
}
