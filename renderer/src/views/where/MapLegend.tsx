import { formatCount } from '../../lib/format';
import { classRanges } from '../../lib/map-scale';

/** What the country shades mean, in sign-in counts. */
export function MapLegend({ maxLogins }: { maxLogins: number }) {
  const ranges = classRanges(maxLogins);
  return (
    <div className="map-legend">
      <span>Sign-ins per country:</span>
      <span className="legend-item">
        <span className="swatch shade-0" aria-hidden="true" /> none
      </span>
      {ranges.map((r) => (
        <span key={r.cls} className="legend-item">
          <span className={`swatch shade-${r.cls}`} aria-hidden="true" /> {r.from === r.to ? formatCount(r.from) : `${formatCount(r.from)}–${formatCount(r.to)}`}
        </span>
      ))}
    </div>
  );
}
