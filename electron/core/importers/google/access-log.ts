/**
 * Pure mapping for the Access Log Activity CSVs (reference §4.3): which table a header is
 * (activities or devices, any column order, both known layouts of each), and one row → record.
 * Columns are found by header text (spec.ts), never by position.
 */
import type { EventRecord, FactRecord, ParsedTime, RecordOrigin } from '../../../../shared/records';
import { invalidTime, parseAnyTime, parseUtcMarkedTime } from '../../../../shared/time';
import { normKey } from '../common/keys';
import { oneLine } from '../common/text';
import {
  ACTIVITY_COLUMNS, ACTIVITY_REQUIRED, ACTIVITY_TYPE_DEFAULT, ACTIVITY_TYPE_KINDS, DEVICE_COLUMNS, DEVICE_IDENTIFYING,
  LAST_LOCATION_COUNTRY, LAST_LOCATION_TIME, type ActivityColumn, type DeviceColumn,
} from './spec';

export type Columns<K extends string> = Partial<Record<K, number>>;

/** Column index per meaning; the first alias (in alias order) present in the header wins. */
export function resolveColumns<K extends string>(header: readonly string[], spec: Readonly<Record<K, readonly string[]>>): Columns<K> {
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    const k = normKey(h.trim());
    if (!at.has(k)) at.set(k, i);
  });
  const out: Columns<K> = {};
  for (const key of Object.keys(spec) as K[]) {
    for (const alias of spec[key]) {
      const i = at.get(normKey(alias));
      if (i !== undefined) {
        out[key] = i;
        break;
      }
    }
  }
  return out;
}

export type AccessTable =
  | { table: 'activities'; columns: Columns<ActivityColumn> }
  | { table: 'devices'; columns: Columns<DeviceColumn> }
  | { table: 'unknown' };

export function classifyHeader(header: readonly string[]): AccessTable {
  const activity = resolveColumns(header, ACTIVITY_COLUMNS);
  if (ACTIVITY_REQUIRED.every((c) => activity[c] !== undefined)) return { table: 'activities', columns: activity };
  const device = resolveColumns(header, DEVICE_COLUMNS);
  if (device.type !== undefined && DEVICE_IDENTIFYING.some((c) => device[c] !== undefined)) return { table: 'devices', columns: device };
  return { table: 'unknown' };
}

/** The problem text for a header neither table matches: names the headers seen. */
export function unknownHeaderMessage(header: readonly string[]): string {
  const seen = header.slice(0, 12).map((h) => `"${h}"`).join(', ');
  const more = header.length > 12 ? `, … (${header.length} columns)` : '';
  return `the CSV header is not one Whereabouts knows: found ${seen || 'no columns'}${more}; expected an Access Log ` +
    `activities table ("${ACTIVITY_COLUMNS.time[0]}", "${ACTIVITY_COLUMNS.ip[0]}", …) or devices table ` +
    `("${DEVICE_COLUMNS.type[0]}", "${DEVICE_COLUMNS.brand[0]}", …); the file was not read`;
}

function cell<K extends string>(cells: readonly string[], columns: Columns<K>, key: K): string | undefined {
  const i = columns[key];
  if (i === undefined) return undefined;
  const v = cells[i]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

/** `2024-03-01 10:20:30 UTC` [M]; other shapes (ISO, a zone-less time read as UTC) are tried after. */
export function parseAccessTime(text: string | undefined): ParsedTime {
  if (text === undefined) return invalidTime('', 'second');
  const marked = parseUtcMarkedTime(text);
  return marked.utc !== null ? marked : parseAnyTime(text);
}

export function activityKindOf(activityType: string | undefined): EventRecord['kind'] {
  if (activityType === undefined) return ACTIVITY_TYPE_DEFAULT;
  return ACTIVITY_TYPE_KINDS.find((r) => r.pattern.test(activityType))?.kind ?? ACTIVITY_TYPE_DEFAULT;
}

const ACTIVITY_TEXT: readonly [ActivityColumn, string][] = [
  ['activityType', 'Activity'], ['subProduct', 'Sub-product'], ['refererProduct', 'Referer'],
  ['refererSubProduct', 'Referer sub-product'], ['channel', 'Gmail access channel'], ['country', 'Country'],
  ['region', 'Region'], ['city', 'City'], ['nonRoutable', 'Non-routable address'], ['proxiedIp', 'Proxied host address'],
  ['webviewPackage', 'Android WebView package'], ['userAgent', 'User agent'],
];

/** One Activities row → a login / session / password-change event. */
export function mapActivityRow(cells: readonly string[], columns: Columns<ActivityColumn>, origin: RecordOrigin): EventRecord {
  const get = (k: ActivityColumn): string | undefined => cell(cells, columns, k);
  const kind = activityKindOf(get('activityType'));
  const product = [get('product'), get('subProduct')].filter(Boolean).join(' / ') || 'Google';
  const ip = get('ip');
  const country = get('country');
  const what = kind === 'login' ? 'Sign-in to' : kind === 'password_change' ? 'Password change in' : 'Access to';
  const title = `${what} ${product}${ip ? ` from ${ip}` : ''}${country ? ` (${country})` : ''}`;
  const text = ACTIVITY_TEXT.map(([k, label]) => [label, get(k)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([label, v]) => `${label}: ${v}`)
    .join('\n');

  const record: EventRecord = { type: 'event', kind, time: parseAccessTime(get('time')), title: oneLine(title), ...origin };
  if (text) record.text = text;
  if (ip) record.ip = ip;
  const userAgent = get('userAgent');
  const model = get('deviceModel');
  if (userAgent || model) {
    record.device = {};
    if (userAgent) record.device.userAgent = userAgent;
    if (model) record.device.model = model;
  }
  return record;
}

const DEVICE_DETAILS: readonly [DeviceColumn, string][] = [
  ['type', 'Device type'], ['brand', 'Brand'], ['marketingName', 'Marketing name'], ['model', 'Model'], ['os', 'OS'],
  ['osVersion', 'OS version'], ['userName', 'Name given by the user'], ['country', 'Last country'],
  ['lastLocationTime', 'Last location time'], ['firstActivity', 'First activity'], ['lastActivity', 'Last activity'],
  ['lastLocation', 'Last location'],
];

/** One Devices row → a device fact (untimed: the export lists devices, it does not date a use). */
export function mapDeviceRow(cells: readonly string[], columns: Columns<DeviceColumn>, origin: RecordOrigin): FactRecord | undefined {
  const get = (k: DeviceColumn): string | undefined => cell(cells, columns, k);
  const details: Record<string, string> = {};
  for (const [k, label] of DEVICE_DETAILS) {
    const v = get(k);
    if (v !== undefined) details[label] = v;
  }
  // Old layout: country and last activity live inside the multi-line "Device Last Location" cell.
  const lastLocation = get('lastLocation');
  if (lastLocation !== undefined) {
    const country = LAST_LOCATION_COUNTRY.exec(lastLocation)?.[1];
    if (country && details['Last country'] === undefined) details['Last country'] = country.toUpperCase();
    const last = LAST_LOCATION_TIME.exec(lastLocation)?.[1];
    if (last && details['Last activity'] === undefined) details['Last activity'] = last;
  }
  if (details['Last activity'] !== undefined) {
    const utc = parseAccessTime(details['Last activity']).utc;
    if (utc) details['Last activity (UTC)'] = utc;
  }
  if (Object.keys(details).length === 0) return undefined;

  const model = get('model') ?? get('marketingName');
  const system = [get('os'), get('osVersion')].filter(Boolean).join(' ') || undefined;
  const brandModel = [get('brand'), get('marketingName') ?? get('model')].filter(Boolean).join(' ');
  const name = get('userName') ?? (brandModel || get('type') || 'Device');
  const fact: FactRecord = {
    type: 'fact', fact: 'device', name: oneLine(name),
    value: [get('type'), brandModel, system].filter(Boolean).join(' · '), details, ...origin,
  };
  if (model || system) {
    fact.device = {};
    if (model) fact.device.model = model;
    if (system) fact.device.system = system;
  }
  return fact;
}
