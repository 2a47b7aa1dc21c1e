import type { CsvTable, NamedRow } from '../../../../shared/api';
import { CsvButton } from '../../components/CsvButton';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/TimeText';
import { formatCount } from '../../lib/format';
import { PLATFORM_LABEL } from '../../lib/labels';

const COLUMNS: Column<NamedRow>[] = [
  { key: 'name', header: 'Name', minRem: 10, render: (r) => <span className="break">{r.name}</span>, sortValue: (r) => r.name },
  { key: 'detail', header: 'Detail', minRem: 12, render: (r) => r.detail ?? <span className="muted">–</span> },
  { key: 'count', header: 'Records', render: (r) => formatCount(r.count), sortValue: (r) => r.count, numeric: true },
  { key: 'first', header: 'First', render: (r) => <DateText iso={r.first} />, sortValue: (r) => r.first },
  { key: 'last', header: 'Last', render: (r) => <DateText iso={r.last} />, sortValue: (r) => r.last },
  { key: 'platforms', header: 'Platforms', render: (r) => r.platforms.map((p) => PLATFORM_LABEL[p]).join(', ') },
];

/** Apps and advertisers share a shape: a name and the records naming it. */
export function NamedTable({ id, title, rows, csv, what }: { id: string; title: string; rows: NamedRow[]; csv: CsvTable; what: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="block">
      <div className="block-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <CsvButton table={csv} />
      </div>
      <DataTable label={title} columns={COLUMNS} rows={rows} rowKey={(r) => r.name} initialSort={{ key: 'count', dir: 'desc' }} testId={`${id}-table`} empty={`No ${what} was named in this export.`} />
    </section>
  );
}
