import type { Pin } from '../../lib/pins';
import { formatCount, plural } from '../../lib/format';
import { GRADE_INFO } from '../../lib/grades';
import { LOCATION_KIND_LABEL } from '../../lib/labels';
import { GradeMarker } from './GradeMarker';
import { MarkerButton } from './MarkerButton';

/** A focusable map marker: shape and letter by grade, its place and counts in words. */
export function PinMarker({ pin, x, y, r, fontSize, selected, onSelect }: { pin: Pin; x: number; y: number; r: number; fontSize: number; selected: boolean; onSelect: () => void }) {
  const label = `${pin.label} (${LOCATION_KIND_LABEL[pin.kind]}), grade ${pin.grade} ${GRADE_INFO[pin.grade].short}: ${plural(pin.sources.length, 'server name')}, ${plural(pin.count, 'link')}`;
  return (
    <MarkerButton className={`map-pin grade-${pin.grade}`} x={x} y={y} label={label} selected={selected} onSelect={onSelect}>
      {/* Rings and crosses are hollow: a transparent disc makes the whole marker clickable. */}
      <circle className="pin-hit" r={r + 3} />
      <GradeMarker grade={pin.grade} r={r} />
      <text className="pin-letter" x={r + 2} y={fontSize / 3} style={{ fontSize }}>
        {pin.grade}
      </text>
    </MarkerButton>
  );
}

export function PinDetail({ pin }: { pin: Pin }) {
  return (
    <div className="pin-detail" role="status">
      <p>
        <strong>{pin.label}</strong> ({LOCATION_KIND_LABEL[pin.kind]}) · {plural(pin.count, 'link')}
      </p>
      <ul className="plain-list">
        {pin.sources.map((s) => (
          <li key={s.name}>
            <code className="break">{s.name}</code> — grade {s.grade}: {s.statement} ({formatCount(s.count)})
          </li>
        ))}
      </ul>
    </div>
  );
}

