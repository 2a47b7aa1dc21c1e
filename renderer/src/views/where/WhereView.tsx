import { DatasetCredits } from '../../components/DatasetCredits';
import { QueryState } from '../../components/QueryState';
import { ViewHeader } from '../../components/ViewHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { plural } from '../../lib/format';
import { FindingsList } from './FindingsList';
import { GradeLegend } from './GradeLegend';
import { HostTable } from './HostTable';
import { WorldMap } from './WorldMap';

/** Where data was served from: map, findings, every server name, and what the grades mean. */
export function WhereView() {
  const where = useApiQuery('where.summary', {});
  return (
    <section aria-labelledby="where-title">
      <ViewHeader title="Where your data was served from">
        <p>
          The links in your export name the servers that delivered photos, videos and pages. Some names reveal a region or a delivery point; most
          only reveal who runs them. Each statement is graded by how strong the evidence is.
        </p>
      </ViewHeader>
      <QueryState query={where} what="host information">
        {(w) => (
          <>
            <WorldMap loginCountries={w.loginCountries} hosts={w.hosts} />
            <p className="muted">
              {plural(w.hosts.length, 'server name')}, {plural(w.findings.length, 'finding')}. Countries are shaded by sign-ins; markers show where server
              names point.
            </p>
            <FindingsList findings={w.findings} />
            <HostTable hosts={w.hosts} />
            <GradeLegend />
            <DatasetCredits datasets={w.datasets} testId="where-credits" />
          </>
        )}
      </QueryState>
    </section>
  );
}
