import { QueryState } from '../../components/QueryState';
import { ViewHeader } from '../../components/ViewHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatCount } from '../../lib/format';
import { formatSpan, localZoneName } from '../../lib/time';
import { ImportOutcome } from '../import/ImportOutcome';
import { SourceCards } from './SourceCards';
import { WhereHeadline } from './WhereHeadline';
import { WhoHeadline } from './WhoHeadline';

/** The two headline answers, the sources they come from, and the way into each detail view. */
export function OverviewView() {
  const stats = useApiQuery('stats.summary', {});
  return (
    <section aria-labelledby="overview-title">
      <ViewHeader title="Overview">
        <QueryState query={stats} what="the summary">
          {(s) => (
            <p>
              <strong data-testid="overview-events-total">{formatCount(s.total)}</strong> events on the timeline
              {s.facts ? <> and {formatCount(s.facts)} undated facts</> : null}, {formatSpan(s.first, s.last)}. Times are shown in your zone (
              {localZoneName()}); hover one for UTC.
            </p>
          )}
        </QueryState>
      </ViewHeader>
      <ImportOutcome onOverview />
      <div className="headlines">
        <WhoHeadline />
        <WhereHeadline />
      </div>
      <SourceCards />
    </section>
  );
}
