import { useEffect, useState, type RefObject } from 'react';

/** Tracks an element's content width (charts redraw to fit, and on text-size changes). */
export function useElementWidth(ref: RefObject<Element | null>, fallback = 800): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => setWidth(Math.max(1, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
