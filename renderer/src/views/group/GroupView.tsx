import { ViewHeader } from '../../components/ViewHeader';
import { MakeSummary } from './MakeSummary';
import { OpenSummaries } from './OpenSummaries';

/**
 * Group view without a server (docs/workshops.md §3): each participant makes a k-anonymous
 * summary on their laptop; the facilitator opens all the files here and shows the room's charts.
 * Files move by USB stick: nothing goes over a network.
 */
export function GroupView() {
  return (
    <section aria-label="Group">
      <ViewHeader title="Group">
        <p>
          Compare a workshop room without sharing anyone&apos;s data: each participant saves a summary of counts, the facilitator opens them all. Files move
          by USB stick; nothing goes over a network.
        </p>
      </ViewHeader>
      <MakeSummary />
      <OpenSummaries />
    </section>
  );
}
