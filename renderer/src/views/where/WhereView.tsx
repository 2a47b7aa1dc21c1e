import { DatasetCredits } from '../../components/DatasetCredits';
import { QueryState } from '../../components/QueryState';
import { ViewHeader } from '../../components/ViewHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { whereSentence } from '../overview/answer-words';
import { FindingsList } from './FindingsList';
import { GradeLegend } from './GradeLegend';
import { HostGroups } from './HostTable';
import { WorldMap } from './WorldMap';

/**
 * Where data was served from — and only that: the map (served-from by default; sign-in countries
 * and location records as other modes), findings grouped by strength, servers grouped by owner,
 * each group collapsible. Sign-ins themselves live in Who.
 */
export function WhereView() {
  const where = useApiQuery('where.summary', {});
  const locations = useApiQuery('where.locations', {});
  return (
    <section aria-labelledby="where-title">
      <QueryState query={where} what="host information">
        {(w) => (
          <>
            <ViewHeader title="Where your data was served from">
              <p data-testid="where-answer">{whereSentence(w)}</p>
            </ViewHeader>
            <WorldMap loginCountries={w.loginCountries} hosts={w.hosts} locations={locations.data ?? null} />
            <FindingsList findings={w.findings} />
            <HostGroups hosts={w.hosts} />
            <details className="block collapsible">
              <summary>
                What the grades A–G mean
              </summary>
              <GradeLegend />
            </details>
            <DatasetCredits datasets={w.datasets} testId="where-credits" />
          </>
        )}
      </QueryState>
    </section>
  );
}
