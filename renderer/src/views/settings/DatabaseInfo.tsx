import { CopyableCode } from '../../components/CopyableCode';
import { formatBytes, formatCount } from '../../lib/format';
import { useProfile } from '../../stores/profile';

export function DatabaseInfo() {
  const info = useProfile((s) => s.info);
  if (!info) return null;
  return (
    <section className="block card" aria-labelledby="db-title">
      <h2 id="db-title">Where it is stored</h2>
      <dl className="facts">
        <dt>Database file</dt>
        <dd className="sha-row">
          <CopyableCode text={info.dbPath} label="Copy path" testId="db-path" />
        </dd>
        <dt>Size</dt>
        <dd data-testid="db-size">{formatBytes(info.dbBytes)}</dd>
        <dt>Holds</dt>
        <dd>
          {formatCount(info.sources)} exports, {formatCount(info.events)} events
        </dd>
      </dl>
    </section>
  );
}
