import { useProfile } from '../stores/profile';

/**
 * A visible SAMPLE marker above every view while a synthetic export (the bundled sample or a
 * workshop persona) is loaded, so nobody mistakes it for their own data — on a projector too.
 */
export function SampleMarker() {
  const sources = useProfile((s) => s.sources);
  const synthetic = sources.filter((s) => s.synthetic);
  if (synthetic.length === 0) return null;
  const all = synthetic.length === sources.length;
  return (
    <p className="sample-marker" role="note" data-testid="sample-marker">
      <strong className="sample-tag">SAMPLE</strong>{' '}
      {all
        ? 'Made-up sample data, not anyone’s real account.'
        : `${synthetic.map((s) => s.file).join(', ')} ${synthetic.length === 1 ? 'is' : 'are'} made-up sample data; the rest is real.`}
    </p>
  );
}
