import { useEffect, useState } from 'react';
import { usePrefs } from '../stores/prefs';

/** The root font size in px, so px-based layout (the virtual list) follows the text-size setting. */
export function useRootFontPx(): number {
  const textSize = usePrefs((s) => s.textSize);
  const [px, setPx] = useState(16);
  useEffect(() => {
    const read = (): void => setPx(parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    read();
    // The browser's own zoom and font settings change it too.
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [textSize]);
  return px;
}
