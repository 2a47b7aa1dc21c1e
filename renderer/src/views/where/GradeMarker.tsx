import type { Grade } from '../../../../shared/domain';

/**
 * One shape per grade so markers differ without colour: A star, B square, C triangle, D diamond,
 * E circle, F ring, G cross. Drawn around (0, 0) with radius r.
 */
export function GradeMarker({ grade, r }: { grade: Grade; r: number }) {
  switch (grade) {
    case 'A': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.2 : r * 0.5;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${(Math.cos(a) * rad).toFixed(2)},${(Math.sin(a) * rad).toFixed(2)}`);
      }
      return <polygon className="marker" points={pts.join(' ')} />;
    }
    case 'B':
      return <rect className="marker" x={-r * 0.85} y={-r * 0.85} width={r * 1.7} height={r * 1.7} />;
    case 'C':
      return <polygon className="marker" points={`0,${-r * 1.1} ${r},${r * 0.8} ${-r},${r * 0.8}`} />;
    case 'D':
      return <polygon className="marker" points={`0,${-r * 1.15} ${r * 1.15},0 0,${r * 1.15} ${-r * 1.15},0`} />;
    case 'E':
      return <circle className="marker" r={r} />;
    case 'F':
      return <circle className="marker ring" r={r} />;
    case 'G':
      return <path className="marker cross" d={`M${-r},${-r}L${r},${r}M${-r},${r}L${r},${-r}`} />;
  }
}

/** A small inline SVG of a grade's marker, for the legend. */
export function GradeMarkerIcon({ grade }: { grade: Grade }) {
  return (
    <svg className={`marker-icon grade-${grade}`} viewBox="-10 -10 20 20" width="1.2em" height="1.2em" aria-hidden="true">
      <GradeMarker grade={grade} r={6} />
    </svg>
  );
}
