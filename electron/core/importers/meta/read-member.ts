/**
 * Reads one Meta JSON member: streams its records, repairs Meta's text, maps each record and
 * adds provenance.
 *
 * Streaming: every member goes through common/member-text.ts jsonMemberUnits (the common engine), which hands out
 * one record at a time (`$.<rootKey>.*`, or `$.*` for a root list) and never holds the document.
 * That is required for messages and posts (hundreds of MB in long-lived accounts) and costs
 * nothing for small files, so there is one code path. The only values held whole are those of
 * `whole` rows (Facebook `profile_v2`, one object): such a member is refused above
 * WHOLE_MAX_BYTES — real ones are a few KB, so anything near the limit is not what it claims to be.
 *
 * Text repair (shared/text-repair.ts repairMetaJson) runs on each record — every string and every
 * key — before mapping. `raw` is the repaired record, so the detail panel shows `Åsa`, not
 * `Ã…sa`; the pointer uses the file's own keys, so it resolves in the file as written, and the
 * repair is reversible (Latin-1-encode the text) for verification.
 *
 * Wrong shapes: a root of the wrong kind, or a root object with none of the row's keys, or a list
 * in which no record is an object, is a MemberError naming the member; some bad records among good
 * ones, unreadable dates, a list written as an object are reported through ctx.problem.
 */
import type { ImportRecord } from '../../../../shared/records';
import { repairMetaJson } from '../../../../shared/text-repair';
import { newJsonStreamInfo, type JsonRoot } from '../common/json-stream';
import { toPointer, type JsonKey } from '../common/json-pointer';
import { shapePath } from '../common/unread';
import { asText, isRecordObject } from '../common/keys';
import { jsonMemberUnits } from '../common/member-text';
import { MemberError, type ImportContext } from '../types';
import { mapItem } from './map-item';
import { rawKeyPath, valueAt } from './raw-path';
import type { MapContext } from './roles';
import type { MetaFileSpec } from './spec-types';
import { unknownContainers, unreadContextKeys, unreadKeys } from './unread-keys';

/** Largest member of a `whole` row (held in memory); real profile files are a few KB. */
export const WHOLE_MAX_BYTES = 16 * 1024 * 1024;

/** What members tell each other during one import. */
export interface SharedState {
  /** The account owner's names, learned from the profile (read first). */
  owners: Set<string>;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function quoted(keys: readonly string[], max = 3): string {
  const shown = keys.slice(0, max).map((k) => `"${k}"`).join(', ');
  return keys.length > max ? `${shown}, …` : shown;
}

/** What the row expects, for messages: `a JSON object with "account_history_login_history"`. */
export function expectedShape(spec: MetaFileSpec): string {
  const object = spec.rootKeys.length > 0 ? `a JSON object with ${quoted(spec.rootKeys, 2)}` : '';
  if (spec.rootList) return object ? `a list of ${spec.label} records, or ${object}` : `a list of ${spec.label} records`;
  return object;
}

/** Thread participants other than the owner; everyone when the owner is unknown or alone. */
function counterpartOf(participants: readonly string[], owners: ReadonlySet<string>): string | undefined {
  if (participants.length === 0) return undefined;
  const others = participants.filter((p) => !owners.has(p));
  return (others.length > 0 ? others : participants).join(', ');
}

function participantName(value: unknown): string | undefined {
  if (typeof value === 'string') return asText(value);
  return isRecordObject(value) ? asText(value.name) : undefined;
}

interface Unit {
  value: unknown;
  raw: unknown;
  path: JsonKey[];
}

/**
 * The records in one streamed value: the value itself, or the elements of a `whole` value that
 * is a list after all, or — for a `rootRecord` row whose root object holds one of the row's
 * root keys as a list (the older layout of the same file) — that list's elements.
 */
function unitsOf(spec: MetaFileSpec, repaired: unknown, raw: unknown, path: JsonKey[]): Unit[] {
  const elements = (r: unknown[], w: unknown[], at: JsonKey[]): Unit[] => r.map((value, i) => ({ value, raw: w[i], path: [...at, i] }));
  if (spec.whole && Array.isArray(repaired) && Array.isArray(raw)) return elements(repaired, raw, path);
  if (spec.rootRecord && isRecordObject(repaired) && isRecordObject(raw)) {
    const keys = Object.keys(repaired);
    const key = spec.rootKeys.find((k) => Array.isArray(repaired[k]));
    const rawKey = key === undefined ? undefined : Object.keys(raw)[keys.indexOf(key)];
    if (key !== undefined && rawKey !== undefined && Array.isArray(raw[rawKey])) {
      return elements(repaired[key] as unknown[], raw[rawKey] as unknown[], [...path, rawKey]);
    }
  }
  return [{ value: repaired, raw, path }];
}

class Tally {
  items = 0;
  records = 0;
  bad = 0;
  badKinds = new Map<string, number>();
  badDates = 0;
  dateExample = '';
  listAsObject = new Set<string>();

  badItem(value: unknown): void {
    this.bad++;
    const kind = describe(value);
    this.badKinds.set(kind, (this.badKinds.get(kind) ?? 0) + 1);
  }

  badText(): string {
    return [...this.badKinds].map(([kind, n]) => `${n} × ${kind}`).join(', ');
  }
}

/**
 * The records of one member. Throws MemberError when the member cannot be read at all; the
 * importer (importer.ts) decides whether that fails the export or becomes a problem.
 */
export async function* readMetaMember(
  ctx: ImportContext,
  member: string,
  spec: MetaFileSpec,
  shared: SharedState,
): AsyncGenerator<ImportRecord> {
  const entry = ctx.inventory.entries.find((e) => e.path === member);
  if ((spec.whole || spec.rootRecord) && entry && entry.bytes > WHOLE_MAX_BYTES) {
    throw new MemberError(member, `the file is ${Math.round(entry.bytes / 1048576)} MB; a ${spec.label} file is normally a few KB, so it was not read`);
  }
  const context = new Set(spec.context ?? []);
  const itemPaths = (root: JsonRoot): readonly string[] | string => {
    if (root === 'array') return spec.rootList ? ['$.*'] : `expected ${expectedShape(spec)}; found a list at the top level`;
    if (spec.rootRecord) return ['$.*'];
    return [...spec.rootKeys.map((k) => (spec.whole ? `$.${k}` : `$.${k}.*`)), ...[...context].map((k) => `$.${k}.*`)];
  };
  const info = newJsonStreamInfo();
  const tally = new Tally();
  const participants: string[] = [];
  const mapCtx: MapContext = { owners: shared.owners };

  /** Maps one record and accounts for it in the ledger; its records are pushed to `out`. */
  const readUnit = (unit: Unit, out: ImportRecord[]): void => {
    tally.items++;
    ctx.ledger.found(member);
    let itemPointer: string | undefined;
    const result = mapItem(spec, unit.value, mapCtx);
    if (result === null) {
      tally.badItem(unit.value);
      ctx.ledger.dropped(member, `not a record (${describe(unit.value)})`, toPointer(unit.path));
      return;
    }
    if (result.drafts.length === 0) ctx.ledger.dropped(member, result.dropped ?? 'nothing to map', toPointer(unit.path));
    for (const key of unreadKeys(spec, unit.value)) {
      const at: JsonKey[] = [...unit.path, ...rawKeyPath(unit.raw, unit.value, key.at)];
      ctx.ledger.unread(member, shapePath(unit.path) + key.shape, toPointer(at));
    }
    for (const owner of result.owners ?? []) shared.owners.add(owner);
    for (const draft of result.drafts) {
      // The body is fresh per record: provenance is added in place (no copy per record).
      const record = draft.body as ImportRecord;
      record.member = member;
      if (draft.at.length === 0) {
        record.pointer = itemPointer ??= toPointer(unit.path);
        record.raw = unit.value;
      } else {
        record.pointer = toPointer([...unit.path, ...rawKeyPath(unit.raw, unit.value, draft.at)]);
        record.raw = valueAt(unit.value, draft.at);
      }
      if (record.type === 'event' && record.time.utc === null) {
        tally.badDates++;
        tally.dateExample ||= record.time.text;
      }
      out.push(record);
    }
  };

  // A `rootRecord` member arrives as its top-level values (`$.*`: the streamer never hands out
  // the root itself) and is put back together here; such files are small (WHOLE_MAX_BYTES).
  const rootRaw: Record<string, unknown> = {};
  for await (const batch of jsonMemberUnits(ctx, member, itemPaths, info)) {
    const out: ImportRecord[] = [];
    for (const item of batch) {
      const [top] = item.path;
      if (spec.rootRecord && info.root === 'object' && typeof top === 'string') {
        rootRaw[top] = item.value;
        continue;
      }
      if (info.root === 'object' && typeof top === 'string' && context.has(top)) {
        const repaired = repairMetaJson(item.value);
        const name = participantName(repaired);
        if (name !== undefined) participants.push(name);
        // Context items are read for their name only; anything else in them is reported.
        for (const key of unreadContextKeys(repaired)) {
          ctx.ledger.unread(member, shapePath(item.path) + key.shape, toPointer([...item.path, ...rawKeyPath(item.value, repaired, key.at)]));
        }
        mapCtx.counterpart = counterpartOf(participants, shared.owners);
        continue;
      }
      const last = item.path[item.path.length - 1];
      if (info.root === 'object' && !spec.whole && typeof last === 'string') {
        // `$.key.*` over an object: its properties, not records
        tally.listAsObject.add(item.path.slice(0, -1).join('.'));
        ctx.ledger.found(member);
        ctx.ledger.dropped(member, 'in a list written as an object', toPointer(item.path));
        continue;
      }
      for (const unit of unitsOf(spec, repairMetaJson(item.value), item.value, item.path)) readUnit(unit, out);
    }
    tally.records += out.length;
    yield* out;
  }
  // An empty root (`{}`) holds no record: nothing to find.
  if (spec.rootRecord && info.root === 'object' && Object.keys(rootRaw).length > 0) {
    const out: ImportRecord[] = [];
    for (const unit of unitsOf(spec, repairMetaJson(rootRaw), rootRaw, [])) readUnit(unit, out);
    tally.records += out.length;
    yield* out;
  }

  const rootKeyHeads = spec.rootKeys.map((k) => k.split('.')[0] ?? k);
  if (info.root === 'object' && !spec.rootRecord && !rootKeyHeads.some((k) => info.topKeys.includes(k))) {
    const found = info.topKeys.length > 0 ? `top-level keys ${quoted(info.topKeys, 6)}` : 'an empty object';
    throw new MemberError(member, `expected ${expectedShape(spec)}; found ${found}`);
  }
  if (tally.items > 0 && tally.bad === tally.items) {
    throw new MemberError(member, `expected ${spec.label} records (JSON objects); found ${tally.badText()}`);
  }
  // Root keys beside the records that the row does not know: unknown containers, reported unread
  // (their values are not streamed, so an empty one is reported too; real exports seen have none).
  if (info.root === 'object' && !spec.rootRecord) {
    for (const key of unknownContainers(spec, info.topKeys)) ctx.ledger.unread(member, toPointer([key]), toPointer([key]));
  }
  for (const key of tally.listAsObject) ctx.problem(member, `"${key}" should be a list of ${spec.label} records, found an object; skipped`);
  if (tally.bad > 0) ctx.problem(member, `${tally.bad} of ${tally.items} item(s) skipped: not ${spec.label} records (${tally.badText()})`);
  if (tally.badDates > 0) {
    const example = tally.dateExample === '' ? 'no time field' : JSON.stringify(tally.dateExample);
    ctx.problem(member, `${tally.badDates} record(s) with a date that could not be read (e.g. ${example})`);
  }
}
