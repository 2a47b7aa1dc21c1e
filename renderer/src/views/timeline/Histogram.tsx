import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { TimelineFilter } from '../../../../shared/api';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useRootFontPx } from '../../hooks/useRootFontPx';
import { formatCount } from '../../lib/format';
import { brushRange, bucketsForWidth, histogramDomain, timeForX, zoomDomain, type Domain } from '../../lib/histogram';
import { formatLocal, toIso, useDisplayZone } from '../../lib/time';
import { useTimeline } from '../../stores/timeline';
import { Axis, Bars, RangeRect } from './HistogramParts';

/**
 * Events over time. Drag across the bars to keep only that range (Esc clears it); click a bar to
 * jump the list there; the wheel or the buttons zoom. Zoom changes what the chart shows, the range
 * changes what the list shows.
 */
export function Histogram({ onJump }: { onJump: (iso: string) => void }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const zone = useDisplayZone();
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(wrapRef);
  const rem = useRootFontPx();
  const filter = useTimeline((s) => s.filter);
  const zoom = useTimeline((s) => s.zoom);
  const setZoom = useTimeline((s) => s.setZoom);
  const setRange = useTimeline((s) => s.setRange);
  const clearRange = useTimeline((s) => s.clearRange);
  const stats = useApiQuery('stats.summary', {});

  // The chart shows the zoom span (or everything) with the other filters; the brushed range is drawn over it.
  const chartFilter = useMemo<TimelineFilter>(() => {
    const { from: _from, to: _to, ...rest } = filter;
    return zoom ? { ...rest, from: toIso(zoom.from), to: toIso(zoom.to) } : rest;
  }, [filter, zoom]);
  const buckets = bucketsForWidth(width);
  const hist = useApiQuery('timeline.histogram', { filter: chartFilter, buckets });

  const height = Math.round(6 * rem);
  const axis = Math.round(1.6 * rem);
  const bounds = histogramDomain(stats.data?.first ?? null, stats.data?.last ?? null);
  const domain: Domain | null = zoom ?? histogramDomain(hist.data?.from ?? null, hist.data?.to ?? null);

  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const xOf = (e: ReactPointerEvent): number => {
    const r = svgRef.current?.getBoundingClientRect();
    return r ? e.clientX - r.left : 0;
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling at the same time.
  const domainRef = useRef(domain);
  domainRef.current = domain;
  useEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent): void => {
      const d = domainRef.current;
      if (!d || e.deltaY === 0) return;
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const anchor = r.width > 0 ? (e.clientX - r.left) / r.width : 0.5;
      setZoom(zoomDomain(d, anchor, e.deltaY > 0 ? 1.3 : 1 / 1.3, bounds ?? undefined));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
    // bounds is rebuilt each render, so its ends are the dependency; the svg appears once data is in.
  }, [setZoom, bounds?.from, bounds?.to, hist.data !== undefined]);

  const range = filter.from || filter.to ? { from: filter.from ? Date.parse(filter.from) : bounds?.from ?? 0, to: filter.to ? Date.parse(filter.to) : bounds?.to ?? 0 } : null;

  const zoomBy = (factor: number): void => {
    if (domain) setZoom(zoomDomain(domain, 0.5, factor, bounds ?? undefined));
  };
  const zoomToRange = (): void => {
    if (range) setZoom({ from: range.from, to: Math.max(range.to, range.from + 60_000) });
  };

  return (
    <section className="histogram card" aria-labelledby="hist-title">
      <div className="histogram-head">
        <h2 id="hist-title" className="small-heading">
          Events over time <span className="muted">(axis in {zone})</span>
        </h2>
        <div className="histogram-tools" role="group" aria-label="Chart zoom">
          <button type="button" className="small icon" onClick={() => (range ? zoomToRange() : zoomBy(0.5))} disabled={!domain} aria-label={range ? 'Zoom to the selected range' : 'Zoom in'} title={range ? 'Zoom to the selected range' : 'Zoom in'}>
            +
          </button>
          <button type="button" className="small icon" onClick={() => zoomBy(2)} disabled={!domain || !zoom} aria-label="Zoom out" title="Zoom out">
            −
          </button>
          <button type="button" className="small" onClick={() => setZoom(null)} disabled={!zoom} data-testid="hist-zoom-reset">
            Whole span
          </button>
        </div>
      </div>
      <div ref={wrapRef} className="histogram-plot">
        <QueryState query={hist} what="the chart">
          {(h) => (
            <svg
              ref={svgRef}
              width={width}
              height={height + axis}
              role="img"
              aria-label={`Events over time: ${formatCount(h.total)} events${domain ? ` from ${formatLocal(toIso(domain.from), 'day')} to ${formatLocal(toIso(domain.to), 'day')}` : ''}. Drag to select a range; Escape clears it.`}
              data-testid="histogram"
              className={drag ? 'dragging' : undefined}
              onPointerDown={(e) => {
                if (e.button !== 0) return;
                e.currentTarget.setPointerCapture(e.pointerId);
                const x = xOf(e);
                setDrag({ x0: x, x1: x });
              }}
              onPointerMove={(e) => {
                if (drag) setDrag({ ...drag, x1: xOf(e) });
              }}
              onPointerUp={(e) => {
                if (!drag || !domain) return setDrag(null);
                const x1 = xOf(e);
                const picked = brushRange(drag.x0, x1, domain, width);
                setDrag(null);
                if (picked) setRange({ from: toIso(picked.from), to: toIso(picked.to) });
                else onJump(toIso(timeForX(x1, domain, width)));
              }}
              onPointerCancel={() => setDrag(null)}
            >
              <Bars counts={h.counts} width={width} height={height} />
              {domain ? <Axis domain={domain} width={width} top={height} zone={zone} /> : null}
              {range && domain ? <RangeRect range={range} domain={domain} width={width} height={height} /> : null}
              {drag ? (
                <rect className="brush-drag" x={Math.min(drag.x0, drag.x1)} y={0} width={Math.abs(drag.x1 - drag.x0)} height={height} />
              ) : null}
            </svg>
          )}
        </QueryState>
      </div>
      {range ? (
        <p className="range-note" data-testid="range-note">
          Showing only {formatLocal(toIso(range.from), 'minute')} – {formatLocal(toIso(range.to), 'minute')}.{' '}
          <button type="button" className="small" onClick={clearRange} data-testid="range-clear">
            Clear range (Esc)
          </button>
        </p>
      ) : (
        <p className="muted range-note">Drag across the chart to look at a stretch of time; click to jump there.</p>
      )}
    </section>
  );
}
