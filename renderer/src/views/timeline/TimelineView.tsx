import { useEffect, useState } from 'react';
import { CsvButton } from '../../components/CsvButton';
import { Notice } from '../../components/Notice';
import { ViewHeader } from '../../components/ViewHeader';
import { formatCount } from '../../lib/format';
import { useDisplayZone } from '../../lib/time';
import { isTypingTarget } from '../../shell/useShortcuts';
import { useTimeline } from '../../stores/timeline';
import { DetailPanel } from './DetailPanel';
import { EventList, type JumpTarget } from './EventList';
import { Filters } from './Filters';
import { Histogram } from './Histogram';
import { SearchBox } from './SearchBox';
import { usePagedRows } from './usePagedRows';
import { ZoneSelect } from './ZoneSelect';

/** The private, searchable timeline: chart, filters, the list and the record behind each row. */
export function TimelineView() {
  const filter = useTimeline((s) => s.filter);
  const order = useTimeline((s) => s.order);
  const zone = useDisplayZone();
  const setOrder = useTimeline((s) => s.setOrder);
  const detailOpen = useTimeline((s) => s.detailOpen);
  const highlightLabel = useTimeline((s) => s.highlightLabel);
  const clearHighlight = useTimeline((s) => s.clearHighlight);
  const rows = usePagedRows(filter, order);
  const [jump, setJump] = useState<JumpTarget | null>(null);

  // Esc closes the detail first, then clears the brushed range.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (isTypingTarget(e.target)) return;
      const s = useTimeline.getState();
      if (s.detailOpen) s.openDetail(false);
      else if (s.filter.from || s.filter.to) s.clearRange();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onJump = (iso: string): void => {
    void rows.offsetAt(iso).then((offset) => {
      if (offset !== null) setJump((j) => ({ index: offset, n: (j?.n ?? 0) + 1 }));
    });
  };

  return (
    <section aria-labelledby="timeline-title" className="timeline-view">
      <ViewHeader title="Timeline" actions={<CsvButton table="timeline" filter={filter} label="Export these rows (CSV)" />}>
        <p>
          Every dated record, {order === 'newest' ? 'newest first' : 'oldest first'}. Times are shown in {zone} (hover a time for UTC); a record’s detail shows the time as the export wrote it. Keys: <kbd>/</kbd> search, <kbd>↑</kbd>
          <kbd>↓</kbd> move, <kbd>Enter</kbd> open, <kbd>Esc</kbd> close or clear.
        </p>
      </ViewHeader>
      <p className="small">
        <ZoneSelect />
      </p>
      <SearchBox />
      <Filters />
      {highlightLabel ? (
        <Notice tone="info" title="Showing the records behind a flag">
          <p>
            {highlightLabel}: sign-ins around it are listed, the flagged ones marked ★.{' '}
            <button type="button" className="small" onClick={clearHighlight}>
              Stop marking
            </button>
          </p>
        </Notice>
      ) : null}
      <Histogram onJump={onJump} />
      <div className="block-head">
        <p className="result-count" role="status" aria-live="polite" data-testid="timeline-total">
          {rows.total === null ? 'Counting…' : `${formatCount(rows.total)} ${rows.total === 1 ? 'event matches' : 'events match'}`}
        </p>
        <label className="small">
          Order{' '}
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value === 'newest' ? 'newest' : 'oldest')} data-testid="timeline-order">
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
          </select>
        </label>
      </div>
      {rows.error ? (
        <Notice tone="error" title="Could not load events">
          {rows.error}
        </Notice>
      ) : null}
      <div className={`timeline-body${detailOpen ? ' with-detail' : ''}`}>
        {rows.total === 0 ? <p className="muted empty">No events match these filters.</p> : <EventList rows={rows} jumpTo={jump} />}
        {detailOpen ? <DetailPanel /> : null}
      </div>
    </section>
  );
}
