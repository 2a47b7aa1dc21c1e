/**
 * Turns streamed JSON units into records and keeps the per-section bookkeeping (records per
 * section, empty sections, sections seen but not parsed, shape problems, unreadable dates).
 * No I/O: json-importer.ts feeds it units and reports what it collected.
 */
import type { ImportRecord } from '../../../../shared/records';
import { toPointer, type JsonKey } from '../common/json-pointer';
import type { ChildMode, JsonUnit } from './json-stream';
import { isRecordObject } from '../common/keys';
import { chatPartner, mapField, mapItem, mapNames } from './map-record';
import { isKnownJsonSection, isKnownTopLevel, jsonSection } from './sections';
import type { SectionSpec } from './spec';

/** What one user_data*.json held, section by section (for coverage and the lead's report). */
export interface SectionReport {
  member: string;
  /** Sections read, `Top > Section > ListKey`, with the records they gave. */
  parsed: { section: string; records: number }[];
  /** Known sections that were present but empty (`{}`, `null`, `[]`). */
  empty: string[];
  /** Known sections deliberately not turned into records, with why. */
  ignored: { section: string; reason: string }[];
  /** Sections present that no spec row reads: seen, not parsed. */
  unknown: string[];
  /** Top-level keys in file order. */
  topLevel: string[];
}

const label = (path: readonly JsonKey[]): string => path.map(String).join(' > ');

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function isEmptyContainer(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecordObject(value) && Object.keys(value).length === 0;
}

interface Place {
  knownTop: boolean;
  spec: SectionSpec | undefined;
  /** `Top > Section > List`. */
  key: string;
  sectionPath: string[];
  sectionLabel: string;
  unknownLabel: string;
}

export function childMode(top: string, section: string, list: string): ChildMode {
  const spec = jsonSection(top, section, list);
  if (!spec) return 'items';
  if (spec.shape === 'fields') return 'whole';
  if (spec.shape === 'chats') return 'nested';
  return 'items';
}

export class JsonSectionReader {
  private readonly counts = new Map<string, number>();
  private readonly emptySet = new Set<string>();
  private readonly ignoredMap = new Map<string, string>();
  private readonly unknownSet = new Set<string>();
  private readonly itemsSeen = new Map<string, number>();
  private readonly badItems = new Map<string, { count: number; example: string }>();
  private readonly badDates = new Map<string, { count: number; example: string }>();
  private readonly shapeProblems: string[] = [];
  /** `Top > Section` labels that had at least one list key, to tell `{}` sections apart. */
  private readonly sectionsWithLists = new Set<string>();
  readonly topLevel: string[] = [];
  knownTopLevel = 0;

  /** Per `Top/Section/List` seen: its spec and labels, computed once (read runs per record). */
  private readonly places = new Map<string, Place>();

  constructor(readonly member: string) {}

  private last?: { top: string; section: string; list: JsonKey | undefined; place: Place };

  private locate(top: string, section: string, list: JsonKey | undefined): Place {
    const last = this.last;
    if (last && last.top === top && last.section === section && last.list === list) return last.place; // runs of one list
    const place = this.lookup(top, section, list);
    this.last = { top, section, list, place };
    return place;
  }

  private lookup(top: string, section: string, list: JsonKey | undefined): Place {
    const cacheKey = `${top}\u0000${section}\u0000${String(list)}`;
    let place = this.places.get(cacheKey);
    if (!place) {
      const spec = typeof list === 'string' ? jsonSection(top, section, list) : undefined;
      const sectionPath = [top, section, String(list)];
      const known = isKnownJsonSection(top, section);
      place = {
        knownTop: isKnownTopLevel(top), spec, key: label(sectionPath), sectionPath,
        sectionLabel: label([top, section]),
        unknownLabel: label(known && typeof list === 'string' ? sectionPath : [top, section]),
      };
      this.places.set(cacheKey, place);
    }
    return place;
  }

  /** Records for one unit (often none: container ends only update the bookkeeping). */
  read(unit: JsonUnit): ImportRecord[] {
    const { path } = unit;
    const [top, section, list] = path;
    if (path.length === 1) return this.endTop(String(top), unit.value);
    if (path.length === 2) return this.endSection(String(top), String(section), unit.value);
    const where = this.locate(String(top), String(section), list);
    if (!where.knownTop) return []; // listed once, when the top-level value ends
    this.sectionsWithLists.add(where.sectionLabel);
    if (!where.spec || typeof list !== 'string') {
      this.unknownSet.add(where.unknownLabel);
      return [];
    }
    const { spec, key, sectionPath } = where;
    if (path.length === 3) return this.endList(spec, key, sectionPath, unit.value);
    if (spec.map.type === 'ignore') {
      this.ignoredMap.set(key, spec.map.reason);
      return [];
    }
    if (path.length === 4 && unit.kind === 'end') {
      // A chat group finished; its messages came as depth-5 items.
      this.bump(this.itemsSeen, key);
      if (!Array.isArray(unit.value)) this.badItem(key, `chat ${JSON.stringify(String(path[3]))} is ${describe(unit.value)}, not a list`);
      return [];
    }
    this.bump(this.itemsSeen, key);
    const counterpart = spec.shape === 'chats' && path.length === 5 ? chatPartner(String(path[3])) : undefined;
    const records = mapItem(spec, unit.value, { member: this.member, pointer: toPointer(path), raw: unit.value }, { counterpart });
    if (records.length === 0 && !isRecordObject(unit.value)) this.badItem(key, `an item is ${describe(unit.value)}, not an object`);
    return this.count(key, records);
  }

  private endTop(top: string, value: unknown): ImportRecord[] {
    this.topLevel.push(top);
    if (!isKnownTopLevel(top)) {
      this.unknownSet.add(top);
      return [];
    }
    this.knownTopLevel++;
    if (value !== null && !isRecordObject(value)) this.shapeProblems.push(`"${top}" should be an object of sections, found ${describe(value)}`);
    return [];
  }

  private endSection(top: string, section: string, value: unknown): ImportRecord[] {
    if (!isKnownTopLevel(top)) return [];
    if (!isKnownJsonSection(top, section)) {
      this.unknownSet.add(label([top, section]));
      return [];
    }
    if (value !== null && !isRecordObject(value)) {
      this.shapeProblems.push(`"${label([top, section])}" should be an object, found ${describe(value)}`);
    } else if (!this.sectionsWithLists.has(label([top, section]))) {
      this.emptySet.add(label([top, section])); // `{}` or null: present, nothing in it
    }
    return [];
  }

  private endList(spec: SectionSpec, key: string, path: JsonKey[], value: unknown): ImportRecord[] {
    const origin = { member: this.member, pointer: toPointer(path), raw: value };
    if (spec.map.type === 'ignore') {
      this.ignoredMap.set(key, spec.map.reason);
      return [];
    }
    const items = this.itemsSeen.get(key) ?? 0;
    if (items === 0 && (isEmptyContainer(value) || value === '')) {
      this.emptySet.add(key);
      this.counts.set(key, this.counts.get(key) ?? 0);
      return [];
    }
    switch (spec.shape) {
      case 'text':
        if (typeof value === 'string') return this.count(key, mapNames(spec, value, origin));
        break;
      case 'fields':
        if (isRecordObject(value)) {
          const records: ImportRecord[] = [];
          for (const [field, fieldValue] of Object.entries(value)) {
            records.push(...mapField(spec, field, fieldValue, {
              member: this.member, pointer: toPointer([...path, field]), raw: fieldValue,
            }));
          }
          return this.count(key, records);
        }
        break;
      case 'chats':
        if (isRecordObject(value)) return this.count(key, []); // groups were handed out already
        break;
      case 'records':
        if (Array.isArray(value)) return this.count(key, []);
        if (isRecordObject(value)) {
          // An object whose scalars stayed: one record written as an object (LocationData).
          return Object.keys(value).length === 0 ? this.count(key, []) : this.count(key, mapItem(spec, value, origin));
        }
        break;
    }
    const expected = spec.shape === 'text' ? 'a string' : spec.shape === 'records' ? 'a list' : 'an object';
    this.shapeProblems.push(`"${key}" should be ${expected}, found ${describe(value)}; skipped`);
    return [];
  }

  private count(key: string, records: ImportRecord[]): ImportRecord[] {
    this.counts.set(key, (this.counts.get(key) ?? 0) + records.length);
    for (const r of records) {
      if (r.type === 'event' && r.time.utc === null) {
        const entry = this.badDates.get(key) ?? { count: 0, example: r.time.text };
        entry.count++;
        this.badDates.set(key, entry);
      }
    }
    return records;
  }

  private bump(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  private badItem(key: string, example: string): void {
    const entry = this.badItems.get(key) ?? { count: 0, example };
    entry.count++;
    this.badItems.set(key, entry);
  }

  /** Non-fatal problems to report through ctx.problem, one line each. */
  problems(): string[] {
    const out = [...this.shapeProblems];
    for (const [key, { count, example }] of this.badItems) out.push(`"${key}": ${count} item(s) skipped (${example})`);
    for (const [key, { count, example }] of this.badDates) {
      out.push(`"${key}": ${count} record(s) with a date that could not be read (e.g. ${JSON.stringify(example)})`);
    }
    return out;
  }

  report(): SectionReport {
    const parsed = [...this.counts].filter(([key]) => !this.emptySet.has(key)).map(([section, records]) => ({ section, records }));
    return {
      member: this.member,
      parsed,
      empty: [...this.emptySet],
      ignored: [...this.ignoredMap].map(([section, reason]) => ({ section, reason })),
      unknown: [...this.unknownSet],
      topLevel: [...this.topLevel],
    };
  }
}
