import { TEXT_SIZES, usePrefs } from '../stores/prefs';
import { useProfile } from '../stores/profile';
import { PRESENTER_MIN_TEXT } from './presenter';

/** Quick text size for projectors, always in the header. */
export function TextSizeButtons() {
  const textSize = usePrefs((s) => s.textSize);
  const smaller = usePrefs((s) => s.smallerText);
  const bigger = usePrefs((s) => s.biggerText);
  // Presenter mode shows at least PRESENTER_MIN_TEXT (usePrefsEffect); the number says what is on screen.
  const presenter = useProfile((s) => s.presenter);
  const shown = presenter ? Math.max(textSize, PRESENTER_MIN_TEXT) : textSize;
  const setTextSize = usePrefs((s) => s.setTextSize);
  // A+ always makes the text visibly larger, also when presenter mode already raised it.
  const larger = (): void => {
    const next = TEXT_SIZES.find((t) => t > shown);
    if (presenter && next !== undefined && textSize < shown) setTextSize(next);
    else bigger();
  };
  return (
    <div className="text-size-buttons" role="group" aria-label="Text size">
      <button type="button" className="small icon" onClick={smaller} disabled={shown <= 100 || (presenter && textSize <= PRESENTER_MIN_TEXT)} aria-label="Smaller text" title="Smaller text">
        A−
      </button>
      <span className="text-size-value" aria-live="polite" title={shown !== textSize ? `Presenter mode: at least ${PRESENTER_MIN_TEXT}%` : undefined}>
        {shown}%
      </span>
      <button type="button" className="small icon" onClick={larger} disabled={shown >= 200} aria-label="Larger text" title="Larger text">
        A+
      </button>
    </div>
  );
}
