/**
 * Turns streamed JSON units into records and keeps the per-section bookkeeping (records per
 * section, empty sections, sections seen but not parsed, shape problems, unreadable dates).
 * No I/O: json-importer.ts feeds it the units of the common engine in TikTok's layout
 * (json-layout.ts) and reports what it collected.
 */
import { RAW_TEXT, type ImportRecord, type WithRawText } from '../../../../shared/records';
import { toPointer, type JsonKey } from '../common/json-pointer';
import type { JsonUnit } from '../common/json-stream';
import { isRecordObject } from '../common/keys';
import { consumedKeys, isEmptyValue } from '../common/unread';
import type { MemberLedger } from '../types';
import { reportUnreadKeys as reportUnread, shapePath as shapeOf } from '../common/unread';
import { consumedBy } from './consumed';
import { chatPartner, mapField, mapItem, mapNames } from './map-record';
import { isKnownTopLevel, TIKTOK_INDEX, type SectionIndex } from './sections';
import { SECTION_META, type SectionSpec } from './spec';

const isSectionMeta = consumedKeys(SECTION_META.keys);

/** For callers without a ledger (unit tests of the reader alone). */
const NO_LEDGER: MemberLedger = { found: () => undefined, dropped: () => undefined, unread: () => undefined };

/** What one user_data*.json held, section by section (for coverage and the lead's report). */
export interface SectionReport {
  member: string;
  /** Sections read, `Top > Section > ListKey`, with the records they gave. */
  parsed: { section: string; records: number }[];
  /** Known sections that were present but empty (`{}`, `null`, `[]`). */
  empty: string[];
  /** Known sections deliberately not turned into records, with why. */
  ignored: { section: string; reason: string }[];
  /** Sections present that no declared member reads: seen, not parsed. */
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

interface Place {
  knownTop: boolean;
  spec: SectionSpec | undefined;
  /** `Top > Section > List`. */
  key: string;
  sectionPath: string[];
  sectionLabel: string;
  unknownLabel: string;
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
  /** Unknown top-level keys under which some declared member matched a section (so they are not "unknown"). */
  private readonly matchedTops = new Set<string>();

  constructor(
    readonly member: string,
    private readonly ledger: MemberLedger = NO_LEDGER,
    /** The rows of the declared spec the reader reads by (a copy of the spec reads differently). */
    private readonly index: SectionIndex = TIKTOK_INDEX,
  ) {}

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
      const spec = typeof list === 'string' ? this.index.jsonSection(top, section, list) : undefined;
      const sectionPath = [top, section, String(list)];
      const known = this.index.isKnownJsonSection(top, section);
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
    if (where.spec) this.matchedTops.add(String(top));
    if (!where.spec || typeof list !== 'string') {
      if (typeof list === 'string' && isSectionMeta(list)) return []; // `App`, `IsFastLane`: about the section
      if (where.knownTop) {
        this.sectionsWithLists.add(where.sectionLabel);
        this.unknownSet.add(where.unknownLabel);
      }
      this.unreadValue(path, unit.value);
      return [];
    }
    this.sectionsWithLists.add(where.sectionLabel);
    const { spec, key, sectionPath } = where;
    if (path.length === 3) return this.endList(spec, key, sectionPath, unit.value);
    if (spec.map.type === 'ignore') {
      this.ignoredMap.set(key, spec.map.reason);
      return [];
    }
    if (path.length === 4 && spec.shape === 'chats') {
      // A chat group finished (json-layout.ts: a chat section's depth-4 values are groups); its messages came as depth-5 items.
      this.bump(this.itemsSeen, key);
      if (!Array.isArray(unit.value)) {
        this.badItem(key, `chat ${JSON.stringify(String(path[3]))} is ${describe(unit.value)}, not a list`);
        if (!isEmptyValue(unit.value)) this.ledger.dropped(this.member, 'a chat that is not a list', toPointer(path));
      }
      return [];
    }
    this.bump(this.itemsSeen, key);
    const counterpart = spec.shape === 'chats' && path.length === 5 ? chatPartner(String(path[3])) : undefined;
    return this.count(key, this.item(spec, path, unit.value, counterpart, unit.text));
  }

  /**
   * One list entry: its records, with the ledger told what it held. An entry that holds no data
   * at all (`{"Date": "N/A", …}`, null) is an empty value, not an item.
   */
  private item(spec: SectionSpec, path: JsonKey[], value: unknown, counterpart?: string, text?: string): ImportRecord[] {
    if (isEmptyValue(value)) return [];
    const pointer = toPointer(path);
    this.ledger.found(this.member);
    const records = mapItem(spec, value, { member: this.member, pointer, raw: value }, { counterpart });
    // The item as the file spells it, for the store's raw copy (no re-serialising).
    if (text !== undefined) for (const r of records) if (r.raw === value) (r as WithRawText)[RAW_TEXT] = text;
    if (!isRecordObject(value)) {
      this.badItem(label(path.slice(0, 3)), `an item is ${describe(value)}, not an object`);
      this.ledger.dropped(this.member, 'not an object', pointer);
      return records;
    }
    if (records.length === 0) this.ledger.dropped(this.member, 'no field this section maps', pointer);
    reportUnread(this.ledger, this.member, value, path, consumedBy(spec));
    for (const nested of spec.nested ?? []) {
      const child = this.index.sectionById(nested.section);
      const isNested = consumedKeys(nested.keys);
      for (const [k, list] of Object.entries(value)) {
        if (!isNested(k) || isEmptyValue(list)) continue;
        if (child && Array.isArray(list)) list.forEach((entry, i) => records.push(...this.item(child, [...path, k, i], entry)));
        else this.ledger.unread(this.member, shapeOf([...path, k]), toPointer([...path, k])); // not the list the spec expects
      }
    }
    return records;
  }

  /** A value no spec reads: each key holding data under it is reported, down to its lists' items. */
  private unreadValue(path: JsonKey[], value: unknown): void {
    if (isEmptyValue(value)) return;
    if (isRecordObject(value) && path.length < 4) {
      for (const [k, v] of Object.entries(value)) {
        if (path.length === 2 && isSectionMeta(k)) continue;
        this.unreadValue([...path, k], v);
      }
      return;
    }
    this.ledger.unread(this.member, shapeOf(path), toPointer(path));
  }

  private endTop(top: string, value: unknown): ImportRecord[] {
    this.topLevel.push(top);
    if (!isKnownTopLevel(top)) {
      // Its sections were read if some declared member knows them; otherwise listed here, data reported below.
      if (this.matchedTops.has(top)) this.knownTopLevel++; // a TikTok section under a new top key is TikTok data
      else this.unknownSet.add(top);
      this.unreadValue([top], value);
      return [];
    }
    this.knownTopLevel++;
    if (value !== null && !isRecordObject(value)) this.shapeProblems.push(`"${top}" should be an object of sections, found ${describe(value)}`);
    return [];
  }

  private endSection(top: string, section: string, value: unknown): ImportRecord[] {
    if (!isKnownTopLevel(top)) {
      this.unreadValue([top, section], value);
      return [];
    }
    if (!this.index.isKnownJsonSection(top, section)) {
      this.unknownSet.add(label([top, section]));
      this.unreadValue([top, section], value);
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
    if (items === 0 && isEmptyValue(value)) {
      // `null`, `[]`, `{}`, "" and objects of placeholders (`LocationData` of "N/A"s): present, nothing in it.
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
          return this.count(key, this.item(spec, path, value));
        }
        break;
    }
    if (!isEmptyValue(value)) this.ledger.dropped(this.member, 'a section of an unexpected shape', origin.pointer);
    const expected = spec.shape === 'text' ? 'a string' : spec.shape === 'records' ? 'a list' : 'an object';
    this.shapeProblems.push(`"${key}" should be ${expected}, found ${describe(value)}; skipped`);
    return [];
  }

  private count(key: string, records: ImportRecord[]): ImportRecord[] {
    this.counts.set(key, (this.counts.get(key) ?? 0) + records.length);
    for (const r of records) {
      // An absent date ("N/A", no date key) is not an unreadable one: the record stays, undated,
      // and a renamed date key shows as an unread key in the ledger. Only text that fails to parse is a problem.
      if (r.type === 'event' && r.time.utc === null && r.time.text.trim() !== '') {
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
