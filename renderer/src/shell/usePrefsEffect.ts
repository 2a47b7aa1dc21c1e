import { useEffect } from 'react';
import { usePrefs } from '../stores/prefs';
import { useProfile } from '../stores/profile';
import { PRESENTER_MIN_TEXT } from './presenter';

/**
 * Applies theme and text size to <html>: rem-based sizing means one font-size scales everything.
 * Presenter mode raises the text to at least PRESENTER_MIN_TEXT without changing the saved size,
 * so turning it off returns to what the person chose.
 */
export function usePrefsEffect(): void {
  const theme = usePrefs((s) => s.theme);
  const textSize = usePrefs((s) => s.textSize);
  const presenter = useProfile((s) => s.presenter);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
  useEffect(() => {
    const root = document.documentElement;
    const size = presenter ? Math.max(textSize, PRESENTER_MIN_TEXT) : textSize;
    root.style.fontSize = `${size}%`;
    root.toggleAttribute('data-large-text', size >= 150);
    root.toggleAttribute('data-presenter', presenter);
  }, [textSize, presenter]);
}
