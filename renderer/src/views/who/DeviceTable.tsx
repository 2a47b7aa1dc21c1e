import type { DeviceGroupRow, DeviceRow } from '../../../../shared/api';
import { CsvButton } from '../../components/CsvButton';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/TimeText';
import { formatCount } from '../../lib/format';
import { PLATFORM_LABEL } from '../../lib/labels';

/** A group with its raw rows (the stored model, system, user agent and identifiers, as exported). */
type Row = DeviceGroupRow & { rows: DeviceRow[] };

/** One raw row as the export wrote it. */
function RawDevice({ d }: { d: DeviceRow }) {
  const ids = Object.entries(d.identifiers);
  return (
    <li data-testid="device-raw">
      {d.userAgent ? <code className="break">{d.userAgent}</code> : <span>{[d.model, d.system].filter(Boolean).join(' · ') || 'No model or system given'}</span>}
      <span className="muted"> — {formatCount(d.count)} records</span>
      {ids.length > 0 && (
        <ul className="plain-list">
          {ids.map(([k, v]) => (
            <li key={k}><span className="muted">{k}:</span> <code className="break">{v}</code></li>
          ))}
        </ul>
      )}
    </li>
  );
}

const COLUMNS: Column<Row>[] = [
  { key: 'label', header: 'Device', render: (r) => <strong>{r.label}</strong>, sortValue: (r) => r.label },
  {
    key: 'raw',
    header: 'As written in the export',
    minRem: 24,
    render: (r) => (
      <details>
        <summary>{r.rows.length === 1 ? '1 entry' : `${formatCount(r.rows.length)} entries`}</summary>
        <ul className="plain-list">{r.rows.map((d) => <RawDevice key={d.id} d={d} />)}</ul>
      </details>
    ),
    sortValue: (r) => r.rows.length,
  },
  { key: 'count', header: 'Records', render: (r) => formatCount(r.count), sortValue: (r) => r.count, numeric: true },
  { key: 'first', header: 'First', render: (r) => <DateText iso={r.first} />, sortValue: (r) => r.first },
  { key: 'last', header: 'Last', render: (r) => <DateText iso={r.last} />, sortValue: (r) => r.last },
  { key: 'platforms', header: 'Platforms', render: (r) => r.platforms.map((p) => PLATFORM_LABEL[p]).join(', ') },
];

/** Groups with their raw rows; a summary from before groups existed shows one group per row. */
export function deviceGroupsOf(devices: DeviceRow[], groups: DeviceGroupRow[] | undefined): Row[] {
  const byId = new Map(devices.map((d) => [d.id, d]));
  if (!groups) {
    return devices.map((d) => ({
      key: `#${d.id}`, label: [d.model, d.system].filter(Boolean).join(' · ') || 'Unknown device', device: d.model, system: d.system, app: null,
      count: d.count, first: d.first, last: d.last, platforms: d.platforms, deviceIds: [d.id], rows: [d],
    }));
  }
  return groups.map((g) => ({ ...g, rows: g.deviceIds.map((id) => byId.get(id)).filter((d): d is DeviceRow => d !== undefined) }));
}

export function DeviceTable({ devices, groups }: { devices: DeviceRow[]; groups: DeviceGroupRow[] | undefined }) {
  const rows = deviceGroupsOf(devices, groups);
  return (
    <section id="who-devices" aria-labelledby="who-devices-title" className="block">
      <div className="block-head">
        <h2 id="who-devices-title">Devices</h2>
        <CsvButton table="devices" />
      </div>
      <p className="muted">
        Entries that differ only in app or system versions are one device here; open “entries” to see each as the export wrote it. Two
        phones of the same model and system cannot be told apart and show as one.
      </p>
      <DataTable label="Devices" columns={COLUMNS} rows={rows} rowKey={(r) => r.key} initialSort={{ key: 'count', dir: 'desc' }} testId="device-table" empty="No devices were found." />
    </section>
  );
}
