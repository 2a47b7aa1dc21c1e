/**
 * Streaming readers, one per kind of Takeout member: open the member, stream its items or CSV
 * rows (never the whole file — Records.json can be 1–2 GB), hand each to the pure mappers and
 * yield records with member + pointer + raw. A member that cannot be read throws MemberError;
 * the importer turns that into a problem on the member (common/member-guard.ts).
 */
import type { ImportRecord, RecordOrigin } from '../../../../shared/records';
import { readCsvRecords, recordObject } from '../common/csv';
import type { JsonItem, JsonItemsInfo, JsonRoot } from '../common/json-items';
import { toPointer } from '../common/json-pointer';
import { MemberNotes } from '../common/member-notes';
import { jsonMemberItems, memberText } from '../common/member-text';
import { basename, folders } from '../common/paths';
import { MemberError, type ImportContext } from '../types';
import { classifyHeader, mapActivityRow, mapDeviceRow, unknownHeaderMessage } from './access-log';
import { mapDeviceSetting, mapLocationRecord, mapRawSignal, mapSegment, mapTimelineObject, type DeviceTable } from './location';
import type { GoogleMemberKind } from './members';
import { mapActivity } from './my-activity';
import { LOCALES } from './spec';

/** What one import shares between members: Settings.json's devices label Records.json's points. */
export interface ReadState {
  devices: DeviceTable;
}

type Reader = (ctx: ImportContext, member: string, state: ReadState) => AsyncGenerator<ImportRecord>;

function origin(member: string, item: JsonItem): RecordOrigin {
  return { member, pointer: toPointer(item.path), raw: item.value };
}

/** Paths for a member whose items sit in one list of a root object. */
function inObject(list: string, what: string): (root: JsonRoot) => readonly string[] | string {
  return (root) => (root === 'object' ? [`$.${list}.*`] : `expected ${what} (a JSON object with a "${list}" list); found a JSON array`);
}

/**
 * Streams the items of a JSON member through `map`. Items `map` cannot use are counted as
 * skipped unless `quietSkips` (the Timeline's Wi-Fi scans carry no position by design).
 */
async function* mapJson(
  ctx: ImportContext,
  member: string,
  paths: (root: JsonRoot) => readonly string[] | string,
  map: (item: JsonItem) => ImportRecord | undefined,
  opts: { quietSkips?: boolean; expectKey?: string } = {},
): AsyncGenerator<ImportRecord> {
  const notes = new MemberNotes(member);
  const info: JsonItemsInfo = { root: null, topKeys: [] };
  for await (const batch of jsonMemberItems(ctx, member, paths, { info })) {
    const out: ImportRecord[] = [];
    for (const item of batch) {
      const record = map(item);
      if (record) {
        notes.check(record);
        out.push(record);
      } else if (!opts.quietSkips) notes.skip(toPointer(item.path));
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
  );
};

const readSettings: Reader = (ctx, member, state) =>
  mapJson(ctx, member, inObject('deviceSettings', 'Location History settings'),
    (item) => mapDeviceSetting(item.value, origin(member, item), state.devices));

const readRecords: Reader = (ctx, member, state) =>
  mapJson(ctx, member, inObject('locations', 'location records'),
    (item) => mapLocationRecord(item.value, origin(member, item), state.devices), { expectKey: 'locations' });

const readSemantic: Reader = (ctx, member) =>
  mapJson(ctx, member, inObject('timelineObjects', 'a month of Semantic Location History'),
    (item) => mapTimelineObject(item.value, origin(member, item)), { expectKey: 'timelineObjects' });

const readTimeline: Reader = (ctx, member) =>
  mapJson(
    ctx, member,
    // Android: {semanticSegments, rawSignals, userLocationProfile}; iOS: a root array of segments.
    (root) => (root === 'object' ? ['$.semanticSegments.*', '$.rawSignals.*'] : ['$.*']),
    (item) => (item.path[0] === 'rawSignals' ? mapRawSignal : mapSegment)(item.value, origin(member, item)),
    { quietSkips: true },
  );

async function* readAccessCsv(ctx: ImportContext, member: string): AsyncGenerator<ImportRecord> {
  const notes = new MemberNotes(member);
  let header: string[] | null = null;
  let table: ReturnType<typeof classifyHeader> = { table: 'unknown' };
  for await (const batch of readCsvRecords(memberText(ctx, member, { bytes: false }), member, ctx.signal)) {
    const out: ImportRecord[] = [];
    for (const row of batch) {
      if (header === null) {
        header = row.cells.map((h) => h.trim());
        table = classifyHeader(header);
        if (table.table === 'unknown') throw new MemberError(member, unknownHeaderMessage(header));
        continue;
      }
      const at: RecordOrigin = { member, pointer: `line:${row.line}`, raw: recordObject(header, row.cells) };
      const record = table.table === 'activities'
        ? mapActivityRow(row.cells, table.columns, at)
        : table.table === 'devices' ? mapDeviceRow(row.cells, table.columns, at) : undefined;
      if (record) {
        notes.check(record);
        out.push(record);
      } else notes.skip(at.pointer);
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
