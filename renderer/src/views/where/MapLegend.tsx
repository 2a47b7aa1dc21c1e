import { GRADES } from '../../../../shared/domain';
import type { LocationRecords } from '../../../../shared/api';
import { formatCount, plural } from '../../lib/format';
import { GRADE_INFO } from '../../lib/grades';
import { classRanges } from '../../lib/map-scale';
import { GradeMarkerIcon } from './GradeMarker';

/** Sign-in mode: what the country shades mean, in sign-in counts. */
export function MapLegend({ maxLogins }: { maxLogins: number }) {
  const ranges = classRanges(maxLogins);
  return (
    <div className="map-legend" data-testid="map-legend">
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

/** Served-from mode: one marker shape per evidence grade. */
export function ServedLegend({ places }: { places: number }) {
  return (
    <div className="map-legend" data-testid="map-legend">
      <span>{places ? `${plural(places, 'place')} named by server addresses; marker = evidence grade:` : 'No server address names a place.'}</span>
      {places
        ? GRADES.map((g) => (
            <span key={g} className="legend-item">
              <GradeMarkerIcon grade={g} /> {g} {GRADE_INFO[g].short}
            </span>
          ))
        : null}
    </div>
  );
}

/** Location-record mode: what a square stands for, and what is left out. */
export function LocationLegend({ records }: { records: LocationRecords }) {
  return (
    <div className="map-legend" data-testid="map-legend">
      <span className="legend-item">
        <span className="swatch location-swatch" aria-hidden="true" /> {plural(records.total, 'record')} with coordinates (GPS, last known location), grouped to about 1 km
      </span>
      {records.more ? <span>{plural(records.more, 'more place')} not drawn (the most used are shown).</span> : null}
    </div>
  );
}
