import { QueryState } from '../../components/QueryState';
import { ViewHeader } from '../../components/ViewHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatCount } from '../../lib/format';
import { formatSpan } from '../../lib/time';
import { ImportOutcome } from '../import/ImportOutcome';
import { SourceCards } from './SourceCards';
import { WhereHeadline } from './WhereHeadline';
import { WhoHeadline } from './WhoHeadline';

/**
 * Answers first: "Who signed in" and "Where your data was served from", each one sentence with
 * the numbers and the strongest flags, side by side within the first screen; the sources and
 * the details follow below.
 */
export function OverviewView() {
  const stats = useApiQuery('stats.summary', {});
  return (
    <section aria-labelledby="overview-title" className="overview">
      <ViewHeader title="Overview">
        <QueryState query={stats} what="the summary">
          {(s) => (
            <p className="overview-span">
              <strong data-testid="overview-events-total">{formatCount(s.total)}</strong> events
              {s.facts ? <> and {formatCount(s.facts)} undated facts</> : null}, {formatSpan(s.first, s.last)}.
            </p>
          )}
        </QueryState>
      </ViewHeader>
      <div className="headlines">
        <WhoHeadline />
        <WhereHeadline />
      </div>
      <ImportOutcome onOverview />
      <SourceCards />
    </section>
  );
}
