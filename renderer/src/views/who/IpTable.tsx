import type { IpRow } from '../../../../shared/api';
import type { DatasetCredit } from '../../../../shared/domain';
import { basisLabel } from '../../../../shared/words/network-words';
import { CountryText } from '../../components/CountryText';
import { CsvButton } from '../../components/CsvButton';
import { DataTable, type Column } from '../../components/DataTable';
import { DatasetCredits } from '../../components/DatasetCredits';
import { DateText } from '../../components/TimeText';
import { formatCount, networkOwner } from '../../lib/format';
import { NETWORK_KIND_LABEL, PLATFORM_LABEL } from '../../lib/labels';

const COLUMNS: Column<IpRow>[] = [
  {
    key: 'ip',
    header: 'Address',
    render: (r) => (
      <>
        <code>{r.ip}</code>
        {r.flagged ? (
          <span className="flag-marker" title="Part of a flag below">
            {' '}
            ⚑ flagged
          </span>
        ) : null}
      </>
    ),
    sortValue: (r) => r.ip,
  },
  {
    key: 'country',
    header: 'Country',
    render: (r) => (
      <>
        <CountryText code={r.country} />
        {r.registryCountry && r.country && r.registryCountry.toUpperCase() !== r.country.toUpperCase() ? (
          <div className="muted small-text">registered in {r.registryCountry.toUpperCase()} — the two sources disagree</div>
        ) : null}
      </>
    ),
    sortValue: (r) => r.country,
  },
  { key: 'owner', header: 'Network owner', minRem: 12, render: (r) => networkOwner(r.org, r.asn), sortValue: (r) => r.org ?? (r.asn !== null ? `AS${r.asn}` : null) },
  {
    key: 'kind',
    header: 'Kind',
    // The basis says which source decided the kind (curated table, a dated list, a word in the name, the default).
    render: (r) => (
      <>
        <span className="tag">{NETWORK_KIND_LABEL[r.networkKind]}</span>
        {basisLabel(r.networkBasis) ? (
          <div className="muted small-text" title={r.networkBasis ?? undefined} data-testid="ip-network-basis">
            from: {basisLabel(r.networkBasis)}
          </div>
        ) : null}
      </>
    ),
    sortValue: (r) => r.networkKind,
  },
  { key: 'provider', header: 'Provider', render: (r) => r.provider ?? <span className="muted">–</span>, sortValue: (r) => r.provider },
  { key: 'count', header: 'Records', render: (r) => formatCount(r.count), sortValue: (r) => r.count, numeric: true },
  { key: 'first', header: 'First', render: (r) => <DateText iso={r.first} />, sortValue: (r) => r.first },
  { key: 'last', header: 'Last', render: (r) => <DateText iso={r.last} />, sortValue: (r) => r.last },
  { key: 'platforms', header: 'Platforms', render: (r) => r.platforms.map((p) => PLATFORM_LABEL[p]).join(', ') },
];

/** Every address that signed in or was logged, with what the offline databases say about it. */
export function IpTable({ ips, datasets }: { ips: IpRow[]; datasets: DatasetCredit[] }) {
  return (
    <section id="who-ips" aria-labelledby="who-ips-title" className="block">
      <div className="block-head">
        <h2 id="who-ips-title">Addresses (IP)</h2>
        <CsvButton table="ips" />
      </div>
      <DataTable
        label="IP addresses"
        columns={COLUMNS}
        rows={ips}
        rowKey={(r) => r.ip}
        initialSort={{ key: 'count', dir: 'desc' }}
        rowClassName={(r) => (r.flagged ? 'flagged' : undefined)}
        testId="ip-table"
        empty="No addresses were found in this export."
      />
      <DatasetCredits datasets={datasets} testId="ip-credits" />
    </section>
  );
}
