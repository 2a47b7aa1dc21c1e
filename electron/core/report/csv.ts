/**
 * CSV export of any table the UI shows. RFC 4180 quoting, and cells that a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR) are prefixed with an apostrophe: export text is data.
 */
import type { CsvTable, TimelineFilter } from '../../../shared/api';
import type { DatasetCredit, TimePrecision } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../store/db';
import { devicesAndGroups, listAdvertisers, listApps, listIps } from '../store/queries/access';
import { timelinePage } from '../store/queries/timeline';
import { listFindings, listHosts } from '../store/queries/where';

type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Timeline exports stop here; the UI says so when a filter matches more. */
export const TIMELINE_CSV_MAX = 200_000;

export function tableCsv(
  db: Db,
  table: CsvTable,
  filter: TimelineFilter | undefined,
  sourceIds: number[] | undefined,
  datasets: DatasetCredit[],
  timeZone?: string,
): { filename: string; csv: string } {
  const credit = datasets.map((d) => `${d.name} (${d.date})`).join('; ');
  switch (table) {
    case 'timeline': {
      const rows: Cell[][] = [];
      const inZone = timeZone === undefined ? null : zoneFormatter(timeZone);
      for (let offset = 0; offset < TIMELINE_CSV_MAX; offset += 1000) {
        const page = timelinePage(db, { filter: filter ?? {}, offset, limit: 1000 });
        for (const e of page.events) {
          const row: Cell[] = [e.time, e.timeText, e.platform, e.kind, e.title, e.ip, e.country, e.device, e.counterpart, e.flagged, e.id];
          if (inZone) row.push(inZone(e.time, e.precision), timeZone ?? null);
          rows.push(row);
        }
        if (page.events.length < 1000) break;
      }
      const header = ['time_utc', 'time_original', 'platform', 'kind', 'title', 'ip', 'country', 'device', 'counterpart', 'flagged', 'event_id'];
      return { filename: 'whereabouts-timeline.csv', csv: toCsv(inZone ? [...header, 'time_in_zone', 'zone'] : header, rows) };
    }
    case 'ips':
      return {
        filename: 'whereabouts-ips.csv',
        csv: toCsv(
          ['ip', 'count', 'first', 'last', 'country', 'registry_country', 'asn', 'org', 'network_kind', 'provider', 'network_basis', 'platforms', 'flagged', 'datasets'],
          listIps(db, sourceIds).map((r) => [r.ip, r.count, r.first, r.last, r.country, r.registryCountry, r.asn, r.org, r.networkKind, r.provider, r.networkBasis ?? null, r.platforms.join(' '), r.flagged, credit]),
        ),
      };
    case 'devices': {
      // One line per stored row, as exported; `device` names its group ("iPhone · iOS 17 · Instagram app").
      const { devices, groups } = devicesAndGroups(db, sourceIds);
      const label = new Map(groups.map((g) => [g.key, g.label]));
      return {
        filename: 'whereabouts-devices.csv',
        csv: toCsv(['model', 'system', 'identifiers', 'count', 'first', 'last', 'platforms', 'device', 'user_agent'],
          devices.map((r) => [r.model, r.system, Object.entries(r.identifiers).map(([k, v]) => `${k}=${v}`).join(' '), r.count, r.first, r.last, r.platforms.join(' '),
            (r.group && label.get(r.group)) ?? null, r.userAgent ?? null])),
      };
    }
    case 'apps':
    case 'advertisers': {
      const list = table === 'apps' ? listApps(db, sourceIds) : listAdvertisers(db, sourceIds);
      return {
        filename: `whereabouts-${table}.csv`,
        csv: toCsv(['name', 'count', 'first', 'last', 'platforms', 'detail'], list.map((r) => [r.name, r.count, r.first, r.last, r.platforms.join(' '), r.detail])),
      };
    }
    case 'hosts':
      return {
        filename: 'whereabouts-hosts.csv',
        csv: toCsv(['host', 'count', 'first', 'last', 'owner', 'location', 'location_kind', 'country', 'grade', 'statement', 'basis'],
          listHosts(db, sourceIds).map((h) => [h.host, h.count, h.first, h.last, h.owner, h.location.label, h.location.kind, h.location.country, h.grade, h.statement, h.basis])),
      };
    case 'findings':
      return {
        filename: 'whereabouts-findings.csv',
        csv: toCsv(['id', 'grade', 'kind', 'statement', 'count', 'first', 'last', 'evidence'],
          listFindings(db, sourceIds).map((f) => [f.id, f.grade, f.kind, f.statement, f.count, f.first, f.last, f.evidence.map((e) => `${e.sourceSha256}:${e.member}#${e.pointer}`).join(' ')])),
      };
  }
}

/**
 * "2024-03-01 11:20:30" on a zone's wall clock (the display zone the person chose). Dates without
 * a time stay the export's calendar date: moving them across a zone would change the day.
 */
export function zoneFormatter(timeZone: string): (iso: string | null, precision: TimePrecision) => string | null {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  } catch {
    throw new ApiError('bad-request', `timeZone: "${timeZone}" is not a time zone name this computer knows (for example Europe/Berlin or UTC).`, { issues: [{ path: 'timeZone', message: 'must be an IANA time zone name' }] });
  }
  return (iso, precision) => {
    if (!iso) return null;
    if (precision === 'day') return iso.slice(0, 10);
    if (precision === 'month') return iso.slice(0, 7);
    const p = Object.fromEntries(fmt.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
    const time = precision === 'minute' ? `${p.hour}:${p.minute}` : `${p.hour}:${p.minute}:${p.second}`;
    return `${p.year}-${p.month}-${p.day} ${time}`;
  };
}
