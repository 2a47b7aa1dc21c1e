import { MAX_TEXT, MIN_TEXT, usePrefs, type Theme } from '../../stores/prefs';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Theme and text size; remembered on this computer. */
export function DisplaySettings() {
  const theme = usePrefs((s) => s.theme);
  const textSize = usePrefs((s) => s.textSize);
  const setTheme = usePrefs((s) => s.setTheme);
  const setTextSize = usePrefs((s) => s.setTextSize);
  const reset = usePrefs((s) => s.reset);
  return (
    <section className="block card" aria-labelledby="display-title">
      <h2 id="display-title">Display</h2>
      <fieldset className="radio-row">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} className="check">
            <input type="radio" name="theme" value={t.value} checked={theme === t.value} onChange={() => setTheme(t.value)} data-testid={`theme-${t.value}`} />
            <span>{t.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="text-size-setting">
        <label htmlFor="text-size">Text size: {textSize}%</label>
        <input
          id="text-size"
          type="range"
          min={MIN_TEXT}
          max={MAX_TEXT}
          step={10}
          value={textSize}
          onChange={(e) => setTextSize(Number(e.currentTarget.value))}
          data-testid="text-size"
        />
        <p className="muted">For projectors, 150–200 % reads well from the back of a room. The A− / A+ buttons at the top do the same.</p>
      </div>
      <button type="button" className="small" onClick={reset}>
        Reset display settings
      </button>
    </section>
  );
}
