/** The drawn pieces of the histogram: bars, the time axis, and the selected range. */
import { barHeight, xForTime, type Domain } from '../../lib/histogram';
import { zoneTicks } from './zone-ticks';

export function Bars({ counts, width, height }: { counts: number[]; width: number; height: number }) {
  const max = counts.reduce((m, c) => Math.max(m, c), 0);
  const w = counts.length ? width / counts.length : width;
  return (
    <g className="bars">
      {counts.map((c, i) => {
        const h = barHeight(c, max, height - 2);
        return h > 0 ? <rect key={i} x={i * w} y={height - h} width={Math.max(1, w - 1)} height={h} /> : null;
      })}
    </g>
  );
}

export function Axis({ domain, width, top, zone }: { domain: Domain; width: number; top: number; zone: string }) {
  const ticks = zoneTicks(domain, Math.max(2, Math.floor(width / 110)), zone);
  return (
    <g className="axis">
      <line x1={0} x2={width} y1={top + 0.5} y2={top + 0.5} />
      {ticks.map((t) => {
        const x = xForTime(t.at, domain, width);
        return (
          <g key={t.at} transform={`translate(${x},${top})`}>
            <line y1={0} y2={4} />
            <text y={4} dy="1em" textAnchor={x < 40 ? 'start' : x > width - 40 ? 'end' : 'middle'}>
              {t.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function RangeRect({ range, domain, width, height }: { range: Domain; domain: Domain; width: number; height: number }) {
  const x0 = Math.max(0, xForTime(range.from, domain, width));
  const x1 = Math.min(width, xForTime(range.to, domain, width));
  if (x1 <= 0 || x0 >= width) return null;
  return <rect className="brush-range" x={x0} y={0} width={Math.max(2, x1 - x0)} height={height} />;
}
