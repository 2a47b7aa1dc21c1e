import { CountryText } from '../../components/CountryText';
import { QueryState } from '../../components/QueryState';
import { TimeText } from '../../components/TimeText';
import { useApiQuery } from '../../hooks/useApiQuery';
import { eventKindLabel, NETWORK_KIND_LABEL, PLATFORM_LABEL } from '../../lib/labels';
import { precisionLabel, useDisplayZone, writtenZone } from '../../lib/time';
import { useTimeline } from '../../stores/timeline';
import { CitationBlock } from './CitationBlock';
import { EventUrls } from './EventUrls';

/** Everything about one event, down to the raw record and where exactly it sits in the archive. */
export function DetailPanel() {
  const zone = useDisplayZone();
  const id = useTimeline((s) => s.selectedId);
  const openDetail = useTimeline((s) => s.openDetail);
  const detail = useApiQuery('timeline.event', { id: id ?? -1 }, id !== null);
  return (
    <aside className="detail-panel card" aria-labelledby="detail-title" data-testid="event-detail">
      <div className="detail-head">
        <h2 id="detail-title">Event details</h2>
        <button type="button" className="small icon" onClick={() => openDetail(false)} aria-label="Close details" title="Close details (Esc)">
          ✕
        </button>
      </div>
      {id === null ? (
        <p className="muted">Select an event to see where it came from.</p>
      ) : (
        <QueryState query={detail} what="the event">
          {(ev) =>
            ev === null ? (
              <p className="muted">This event no longer exists (its source may have been removed).</p>
            ) : (
              <div className="detail-body">
                <h3 className="detail-title break" data-testid="detail-title">
                  {ev.title}
                </h3>
                <dl className="facts">
                  <dt>Time</dt>
                  <dd>
                    <TimeText iso={ev.time} precision={ev.precision} fallback="No time" />{' '}
                    <span className="muted">
                      (in {ev.precision === 'day' || ev.precision === 'month' ? 'the export’s calendar' : zone}; {precisionLabel(ev.precision)})
                    </span>
                    <br />
                    <span data-testid="detail-written-time">
                      Written in the export as “<code>{ev.timeText}</code>” — {writtenZone(ev.timeText, ev.precision)}
                    </span>
                  </dd>
                  <dt>Kind</dt>
                  <dd>
                    {eventKindLabel(ev.kind)} · {PLATFORM_LABEL[ev.platform]}
                  </dd>
                  {ev.ip ? (
                    <>
                      <dt>Address</dt>
                      <dd>
                        <code>{ev.ip}</code> · <CountryText code={ev.country} />
                        {ev.networkKind ? <> · {NETWORK_KIND_LABEL[ev.networkKind]}</> : null}
                      </dd>
                    </>
                  ) : null}
                  {ev.device ? (
                    <>
                      <dt>Device</dt>
                      <dd>{ev.device}</dd>
                    </>
                  ) : null}
                  {ev.counterpart ? (
                    <>
                      <dt>With</dt>
                      <dd>{ev.counterpart}</dd>
                    </>
                  ) : null}
                </dl>
                {ev.text ? <p className="event-text">{ev.text}</p> : null}
                {ev.flags.length ? (
                  <section className="detail-flags" aria-label="Flags on this event">
                    {ev.flags.map((f) => (
                      <div key={f.id} className={`flag-box severity-${f.severity}`}>
                        <p>
                          <span className={`severity severity-${f.severity}`}>{f.severity}</span> <strong>{f.title}</strong>
                        </p>
                        <p>{f.explanation}</p>
                      </div>
                    ))}
                  </section>
                ) : null}
                <EventUrls urls={ev.urls} />
                <CitationBlock ev={ev} />
                <details className="raw" open>
                  <summary>The original record</summary>
                  <pre data-testid="detail-raw">{ev.raw}</pre>
                </details>
              </div>
            )
          }
        </QueryState>
      )}
    </aside>
  );
}
