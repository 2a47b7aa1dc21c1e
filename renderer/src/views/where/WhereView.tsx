import { DatasetCredits } from '../../components/DatasetCredits';
import { QueryState } from '../../components/QueryState';
import { ViewHeader } from '../../components/ViewHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { plural } from '../../lib/format';
import { useNav } from '../../stores/nav';
import { servedFindings, whereSentence } from '../overview/answer-words';
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
  const go = useNav((s) => s.go);
  return (
    <section aria-labelledby="where-title">
      <QueryState query={where} what="host information">
        {(w) => (
          <>
            <ViewHeader title="Where your data was served from">
              <p data-testid="where-answer">{whereSentence(w)}</p>
            </ViewHeader>
            <WorldMap loginCountries={w.loginCountries} hosts={w.hosts} locations={locations.data ?? null} />
            <FindingsList findings={servedFindings(w.findings)} />
            {w.findings.length > servedFindings(w.findings).length ? (
              <p className="muted" data-testid="where-signins-elsewhere">
                {plural(w.findings.length - servedFindings(w.findings).length, 'finding')} about sign-ins (their networks and countries) are in{' '}
                <button type="button" className="small" onClick={() => go('who')}>
                  Who
                </button>
                .
              </p>
            ) : null}
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
