import type { DeviceRow } from '../../../../shared/api';
import { CsvButton } from '../../components/CsvButton';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/TimeText';
import { formatCount } from '../../lib/format';
import { PLATFORM_LABEL } from '../../lib/labels';

const COLUMNS: Column<DeviceRow>[] = [
  { key: 'model', header: 'Model', render: (r) => r.model ?? <span className="muted">Unknown</span>, sortValue: (r) => r.model },
  { key: 'system', header: 'System', render: (r) => r.system ?? <span className="muted">–</span>, sortValue: (r) => r.system },
  {
    key: 'ids',
    header: 'Identifiers',
    minRem: 24,
    render: (r) => {
      const entries = Object.entries(r.identifiers);
      if (!entries.length) return <span className="muted">–</span>;
      return (
        <ul className="plain-list">
          {entries.map(([k, v]) => (
            <li key={k}>
              <span className="muted">{k}:</span> <code className="break">{v}</code>
            </li>
          ))}
        </ul>
      );
    },
  },
  { key: 'count', header: 'Records', render: (r) => formatCount(r.count), sortValue: (r) => r.count, numeric: true },
  { key: 'first', header: 'First', render: (r) => <DateText iso={r.first} />, sortValue: (r) => r.first },
  { key: 'last', header: 'Last', render: (r) => <DateText iso={r.last} />, sortValue: (r) => r.last },
  { key: 'platforms', header: 'Platforms', render: (r) => r.platforms.map((p) => PLATFORM_LABEL[p]).join(', ') },
];

export function DeviceTable({ devices }: { devices: DeviceRow[] }) {
  return (
    <section id="who-devices" aria-labelledby="who-devices-title" className="block">
      <div className="block-head">
        <h2 id="who-devices-title">Devices</h2>
        <CsvButton table="devices" />
      </div>
      <DataTable label="Devices" columns={COLUMNS} rows={devices} rowKey={(r) => String(r.id)} initialSort={{ key: 'count', dir: 'desc' }} testId="device-table" empty="No devices were found." />
    </section>
  );
}
