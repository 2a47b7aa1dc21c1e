/**
 * Google's one mapper table, keyed by the declared spec's `record.mapperId` (declared.ts): what
 * each mapper reads (JSON items, or the rows of a CSV table it knows by its header) and the pure
 * mapping it applies. Resolved once, when the declared spec is compiled (compile.ts); the mapping
 * code itself is my-activity.ts, location.ts and access-log.ts.
 */
import type { ImportRecord, RecordOrigin } from '../../../../shared/records';
import type { JsonUnit } from '../common/json-stream';
import { folders } from '../common/paths';
import { MemberError } from '../types';
import { classifyHeader, mapActivityRow, mapDeviceRow, unknownHeaderMessage } from './access-log';
import type { GoogleMapperId } from './declared';
import { mapDeviceSetting, mapLocationRecord, mapRawSignal, mapSegment, mapTimelineObject, type DeviceTable } from './location';
import { mapActivity } from './my-activity';
import { LOCALES } from './spec';

/** What one import shares between members: Settings.json's devices label Records.json's points. */
export interface ReadState {
  devices: DeviceTable;
}

/** One JSON item (at one of the member's selectors) → its records; undefined when it gives none. */
export type ItemMap = (item: JsonUnit, origin: RecordOrigin) => ImportRecord | ImportRecord[] | undefined;

/** One CSV table as its header says: the columns the mapper reads, and one row → its record. */
export interface CsvTable {
  columns: ReadonlySet<number>;
  map(cells: readonly string[], origin: RecordOrigin): ImportRecord | undefined;
}

export type GoogleMapper =
  | { reads: 'json'; forMember(member: string, state: ReadState): ItemMap }
  | { reads: 'csv'; forHeader(header: readonly string[], member: string): CsvTable };

const HISTORY_FOLDERS = new Set(LOCALES.flatMap((l) => l.youtubeHistoryFolders).map((f) => f.toLowerCase()));

/**
 * `My Activity/<Product>/MyActivity.json`: the folder names the product when items do not; for
 * `YouTube and YouTube Music/history/…` it is the folder above `history`.
 */
function productFolder(member: string): string | undefined {
  const dirs = folders(member);
  const parent = dirs[dirs.length - 1];
  return parent && !HISTORY_FOLDERS.has(parent.toLowerCase()) ? parent : dirs[dirs.length - 2];
}

export const MAPPERS: Readonly<Record<GoogleMapperId, GoogleMapper>> = {
  'my-activity': {
    reads: 'json',
    forMember: (member) => {
      const product = productFolder(member);
      return (item, origin) => mapActivity(item.value, origin, product);
    },
  },
  'location-settings': { reads: 'json', forMember: (_member, state) => (item, origin) => mapDeviceSetting(item.value, origin, state.devices) },
  'location-records': { reads: 'json', forMember: (_member, state) => (item, origin) => mapLocationRecord(item.value, origin, state.devices) },
  'semantic-location': { reads: 'json', forMember: () => (item, origin) => mapTimelineObject(item.value, origin) },
  // Android's raw signals are positions; its segments, and iOS's root items, are visits, trips and paths.
  timeline: { reads: 'json', forMember: () => (item, origin) => (item.path[0] === 'rawSignals' ? mapRawSignal : mapSegment)(item.value, origin) },
  'access-csv': {
    reads: 'csv',
    forHeader: (header, member) => {
      const table = classifyHeader(header);
      if (table.table === 'unknown') throw new MemberError(member, unknownHeaderMessage(header));
      const columns = new Set<number>(Object.values(table.columns));
      return {
        columns,
        map: (cells, origin) => (table.table === 'activities' ? mapActivityRow(cells, table.columns, origin) : mapDeviceRow(cells, table.columns, origin)),
      };
    },
  },
};
