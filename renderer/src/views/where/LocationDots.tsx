import type { LocationPoint } from '../../../../shared/api';
import { CitationText } from './CitationText';
import { MarkerButton } from './MarkerButton';
import { plural } from '../../lib/format';
import { formatSpan } from '../../lib/time';

/** A location record on the map: a small filled square (not a grade marker: it is not a server). */
export function LocationDot({ point, x, y, r, selected, onSelect }: { point: LocationPoint; x: number; y: number; r: number; selected: boolean; onSelect: () => void }) {
  const label = `Location record at ${point.lat.toFixed(2)}, ${point.lon.toFixed(2)}: ${plural(point.count, 'record')}`;
  return (
    <MarkerButton className="map-location" x={x} y={y} label={label} selected={selected} onSelect={onSelect}>
      <rect className="location-dot" x={-r} y={-r} width={r * 2} height={r * 2} rx={r * 0.3} />
    </MarkerButton>
  );
}

export function LocationDetail({ point }: { point: LocationPoint }) {
  return (
    <div className="pin-detail" role="status" data-testid="location-detail">
      <p>
        <strong>
          {point.lat.toFixed(2)}, {point.lon.toFixed(2)}
        </strong>{' '}
        · {plural(point.count, 'record')} · {formatSpan(point.first, point.last)}
      </p>
      <p className="break">
        First record: “{point.example.title}” — <CitationText member={point.example.member} pointer={point.example.pointer} />
      </p>
    </div>
  );
}
