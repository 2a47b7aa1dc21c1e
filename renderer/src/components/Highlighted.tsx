import type { TextSegment } from '../../../shared/api';

/** Search matches as <mark>; every segment is React text, so export content can never become markup. */
export function Highlighted({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((seg, i) => (seg.hit ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
    </>
  );
}
