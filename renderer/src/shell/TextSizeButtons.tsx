import { usePrefs } from '../stores/prefs';

/** Quick text size for projectors, always in the header. */
export function TextSizeButtons() {
  const textSize = usePrefs((s) => s.textSize);
  const smaller = usePrefs((s) => s.smallerText);
  const bigger = usePrefs((s) => s.biggerText);
  return (
    <div className="text-size-buttons" role="group" aria-label="Text size">
      <button type="button" className="small icon" onClick={smaller} disabled={textSize <= 100} aria-label="Smaller text" title="Smaller text">
        A−
      </button>
      <span className="text-size-value" aria-live="polite">
        {textSize}%
      </span>
      <button type="button" className="small icon" onClick={bigger} disabled={textSize >= 200} aria-label="Larger text" title="Larger text">
        A+
      </button>
    </div>
  );
}
