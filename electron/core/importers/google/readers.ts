/**
 * Streaming readers, one per kind of Takeout member: open the member, stream its items or CSV
 * rows (never the whole file — Records.json can be 1–2 GB), hand each to the pure mappers and
 * yield records with member + pointer + raw. A member that cannot be read throws MemberError;
 * the importer turns that into a problem on the member (common/member-guard.ts).
 */
import type { ImportRecord, RecordOrigin } from '../../../../shared/records';
import { readCsvRecords, recordObject } from '../common/csv';
import { newJsonStreamInfo, type JsonRoot, type JsonUnit } from '../common/json-stream';
import { toPointer } from '../common/json-pointer';
import { reportUnmapped, type KeyTree } from '../common/key-tree';
import { isPlaceholder } from '../common/unread';
import { MemberNotes } from '../common/member-notes';
import { jsonMemberUnits, memberText } from '../common/member-text';
import { basename, folders } from '../common/paths';
import { MemberError, type ImportContext } from '../types';
import { classifyHeader, mapActivityRow, mapDeviceRow, unknownHeaderMessage } from './access-log';
import { mapDeviceSetting, mapLocationRecord, mapRawSignal, mapSegment, mapTimelineObject, type DeviceTable } from './location';
import type { GoogleMemberKind } from './members';
import { mapActivity } from './my-activity';
import { LOCALES, LOCATION_KEYS, MY_ACTIVITY_KEYS } from './spec';

/** What one import shares between members: Settings.json's devices label Records.json's points. */
export interface ReadState {
  devices: DeviceTable;
}

type Reader = (ctx: ImportContext, member: string, state: ReadState) => AsyncGenerator<ImportRecord>;

function origin(member: string, item: JsonUnit): RecordOrigin {
  return { member, pointer: toPointer(item.path), raw: item.value };
}

/** Paths for a member whose items sit in one list of a root object. */
function inObject(list: string, what: string): (root: JsonRoot) => readonly string[] | string {
  return (root) => (root === 'object' ? [`$.${list}.*`] : `expected ${what} (a JSON object with a "${list}" list); found a JSON array`);
}

interface MapJsonOptions {
  /** Items `map` cannot use by design (the Timeline's Wi-Fi scans): counted as dropped with this reason, not as problems. */
  quietSkips?: string;
  expectKey?: string;
  /** The keys `map` reads; other keys holding data are reported as not read. */
  keys?: KeyTree | ((item: JsonUnit) => KeyTree);
  /** Selected sections that hold no records this importer reads: whatever data they hold is reported as not read. */
  isSection?: (item: JsonUnit) => boolean;
}

/**
 * Streams the items of a JSON member through `map`, keeping the member's ledger: every item found,
 * every item that gave no record (a problem too, unless skipping it is by design), every key
 * holding data that the member's key tree does not name.
 */
async function* mapJson(
  ctx: ImportContext,
  member: string,
  paths: (root: JsonRoot) => readonly string[] | string,
  map: (item: JsonUnit) => ImportRecord | ImportRecord[] | undefined,
  opts: MapJsonOptions = {},
): AsyncGenerator<ImportRecord> {
  const notes = new MemberNotes(member);
  const info = newJsonStreamInfo();
  for await (const batch of jsonMemberUnits(ctx, member, paths, info)) {
    const out: ImportRecord[] = [];
    for (const item of batch) {
      if (opts.isSection?.(item)) {
        reportUnmapped(ctx.ledger, member, item.value, item.path, {});
        continue;
      }
      ctx.ledger.found(member);
      const mapped = map(item);
      const records = mapped === undefined ? [] : Array.isArray(mapped) ? mapped : [mapped];
      if (records.length === 0) {
        const pointer = toPointer(item.path);
        if (opts.quietSkips) ctx.ledger.dropped(member, opts.quietSkips, pointer);
        else {
          notes.skip(pointer);
          ctx.ledger.dropped(member, 'unexpected shape', pointer);
        }
        continue;
      }
      // Records made from one item share its time: one unreadable time is one problem.
      notes.check(records[0] as ImportRecord);
      out.push(...records);
      if (opts.keys) reportUnmapped(ctx.ledger, member, item.value, item.path, typeof opts.keys === 'function' ? opts.keys(item) : opts.keys);
    }
    yield* out;
  }
  if (opts.expectKey && info.root === 'object' && !info.topKeys.includes(opts.expectKey)) {
    const keys = info.topKeys.slice(0, 8).map((k) => `"${k}"`).join(', ');
    notes.note(`no "${opts.expectKey}" list in the file (top-level keys: ${keys || 'none'}); nothing to read`);
  }
  notes.report(ctx);
}

const HISTORY_FOLDERS = new Set(LOCALES.flatMap((l) => l.youtubeHistoryFolders).map((f) => f.toLowerCase()));

const readMyActivity: Reader = (ctx, member) => {
  // `My Activity/<Product>/MyActivity.json`: the folder names the product when items do not;
  // for `YouTube and YouTube Music/history/…` it is the folder above `history`.
  const dirs = folders(member);
  const parent = dirs[dirs.length - 1];
  const product = parent && !HISTORY_FOLDERS.has(parent.toLowerCase()) ? parent : dirs[dirs.length - 2];
  return mapJson(
    ctx, member,
    (root) => (root === 'array' ? ['$.*'] : 'expected a list of activities (a JSON array); found a JSON object'),
    (item) => mapActivity(item.value, origin(member, item), product),
    { keys: MY_ACTIVITY_KEYS },
  );
};

const readSettings: Reader = (ctx, member, state) =>
  mapJson(ctx, member, inObject('deviceSettings', 'Location History settings'),
    (item) => mapDeviceSetting(item.value, origin(member, item), state.devices), { keys: LOCATION_KEYS.setting });

const readRecords: Reader = (ctx, member, state) =>
  mapJson(ctx, member, inObject('locations', 'location records'),
    (item) => mapLocationRecord(item.value, origin(member, item), state.devices), { expectKey: 'locations', keys: LOCATION_KEYS.record });

const readSemantic: Reader = (ctx, member) =>
  mapJson(ctx, member, inObject('timelineObjects', 'a month of Semantic Location History'),
    (item) => mapTimelineObject(item.value, origin(member, item)), { expectKey: 'timelineObjects', keys: LOCATION_KEYS.timelineObject });

const readTimeline: Reader = (ctx, member) =>
  mapJson(
    ctx, member,
    // Android: {semanticSegments, rawSignals, userLocationProfile}; iOS: a root array of segments.
    // The profile (frequent places) is selected only to report what it holds as not read.
    (root) => (root === 'object' ? ['$.semanticSegments.*', '$.rawSignals.*', '$.userLocationProfile'] : ['$.*']),
    (item) => (item.path[0] === 'rawSignals' ? mapRawSignal : mapSegment)(item.value, origin(member, item)),
    {
      quietSkips: 'no position (a Wi-Fi scan or an activity guess)',
      keys: (item) => (item.path[0] === 'rawSignals' ? LOCATION_KEYS.rawSignal : LOCATION_KEYS.segment),
      isSection: (item) => item.path.length === 1 && item.path[0] === 'userLocationProfile',
    },
  );

async function* readAccessCsv(ctx: ImportContext, member: string): AsyncGenerator<ImportRecord> {
  const notes = new MemberNotes(member);
  let header: string[] | null = null;
  let table: ReturnType<typeof classifyHeader> = { table: 'unknown' };
  let unmapped: number[] = [];
  for await (const batch of readCsvRecords(memberText(ctx, member, { bytes: false }), member, ctx.signal)) {
    const out: ImportRecord[] = [];
    for (const row of batch) {
      if (header === null) {
        header = row.cells.map((h) => h.trim());
        table = classifyHeader(header);
        if (table.table === 'unknown') throw new MemberError(member, unknownHeaderMessage(header));
        const used = new Set<number>(Object.values(table.columns));
        unmapped = header.map((_, i) => i).filter((i) => !used.has(i));
        continue;
      }
      ctx.ledger.found(member);
      const at: RecordOrigin = { member, pointer: `line:${row.line}`, raw: recordObject(header, row.cells) };
      const record = table.table === 'activities'
        ? mapActivityRow(row.cells, table.columns, at)
        : table.table === 'devices' ? mapDeviceRow(row.cells, table.columns, at) : undefined;
      if (record) {
        notes.check(record);
        out.push(record);
        // Columns no spec names, holding data in this row.
        for (const i of unmapped) {
          const value = row.cells[i];
          if (value !== undefined && !isPlaceholder(value)) ctx.ledger.unread(member, toPointer([header[i] ?? String(i)]), at.pointer);
        }
      } else {
        notes.skip(at.pointer);
        ctx.ledger.dropped(member, 'unexpected shape', at.pointer);
      }
    }
    yield* out;
  }
  if (header === null) throw new MemberError(member, `the file holds no CSV header (${basename(member)})`);
  notes.report(ctx, 'row');
}

export const READERS: Readonly<Record<GoogleMemberKind, Reader>> = {
  'location-settings': readSettings,
  'access-csv': readAccessCsv,
  'my-activity': readMyActivity,
  'location-records': readRecords,
  'semantic-location': readSemantic,
  timeline: readTimeline,
};
