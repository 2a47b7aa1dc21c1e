import { useEffect } from 'react';
import { usePrefs } from '../stores/prefs';

/** Applies theme and text size to <html>: rem-based sizing means one font-size scales everything. */
export function usePrefsEffect(): void {
  const theme = usePrefs((s) => s.theme);
  const textSize = usePrefs((s) => s.textSize);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
  useEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${textSize}%`;
    root.toggleAttribute('data-large-text', textSize >= 150);
  }, [textSize]);
}
