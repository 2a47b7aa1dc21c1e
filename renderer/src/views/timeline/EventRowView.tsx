import { memo } from 'react';
import type { EventRow } from '../../../../shared/api';
import { Highlighted } from '../../components/Highlighted';
import { TimeText } from '../../components/TimeText';
import { eventKindLabel, PLATFORM_LABEL } from '../../lib/labels';

/** Row height in rem: two lines of text plus padding; the list turns it into px at the current text size. */
export const ROW_REM = 3.4;

/** One line of facts and one line of text (title, or the search snippet with its hits marked). */
export const EventRowView = memo(function EventRowView({
  index,
  row,
  top,
  selected,
  highlighted,
  onClick,
}: {
  index: number;
  row: EventRow | undefined;
  top: number;
  selected: boolean;
  highlighted: boolean;
  onClick: () => void;
}) {
  const style = { transform: `translateY(${top}px)`, height: `${ROW_REM}rem` };
  if (!row) {
    return (
      <div className="event-row loading-row" style={style} role="option" aria-selected={selected} id={`ev-row-${index}`} aria-busy="true">
        <span className="muted">Loading…</span>
      </div>
    );
  }
  return (
    <div
      className={`event-row${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}${row.flagged ? ' flagged' : ''}`}
      style={style}
      role="option"
      aria-selected={selected}
      id={`ev-row-${index}`}
      data-event-id={row.id}
      data-testid="event-row"
      onClick={onClick}
    >
      <div className="event-line meta">
        <TimeText iso={row.time} precision={row.precision} fallback={row.timeText || 'No time'} />
        <span className="tag">{eventKindLabel(row.kind)}</span>
        <span className="muted">{PLATFORM_LABEL[row.platform]}</span>
        {row.flagged ? <span className="flag-marker">⚑ flagged</span> : null}
        {highlighted ? <span className="flag-marker">★ in the flag</span> : null}
        {row.ip ? <code>{row.ip}</code> : null}
        {row.country ? <span>{row.country}</span> : null}
        {row.device ? <span className="muted">{row.device}</span> : null}
      </div>
      <div className="event-line text">{row.snippet && row.snippet.length ? <Highlighted segments={row.snippet} /> : row.title}</div>
    </div>
  );
});
