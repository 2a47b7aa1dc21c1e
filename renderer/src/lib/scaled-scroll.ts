/**
 * Browsers cap how tall an element can be (Chromium about 33.5 million px, Firefox about 17.9
 * million). A million rows at 200 % text would need ~64 million px, so the list scrolls a shorter
 * "real" element and maps its scroll position linearly onto the full "virtual" height.
 */

/** Safely below every engine's limit. */
export const MAX_SCROLL_PX = 8_000_000;

export interface ScrollScale {
  /** Height given to the scrolling element. */
  realSize: number;
  /** Virtual px per real px (1 when no scaling is needed). */
  factor: number;
}

/**
 * The factor makes the last virtual position reachable: when the real element is scrolled to its
 * end (realSize - viewport), the virtual offset is totalSize - viewport.
 */
export function scrollScale(totalSize: number, viewport: number, cap = MAX_SCROLL_PX): ScrollScale {
  if (totalSize <= cap || viewport >= cap) return { realSize: totalSize, factor: 1 };
  const realRange = cap - viewport;
  const virtualRange = Math.max(0, totalSize - viewport);
  return { realSize: cap, factor: realRange > 0 ? Math.max(1, virtualRange / realRange) : 1 };
}

export function toVirtual(realOffset: number, scale: ScrollScale): number {
  return realOffset * scale.factor;
}

export function toReal(virtualOffset: number, scale: ScrollScale): number {
  return virtualOffset / scale.factor;
}

/**
 * Where to draw an item that starts at virtual `start`, in the real element's coordinates: its
 * distance from the virtual viewport top, added to the real viewport top.
 */
export function realTop(start: number, realOffset: number, scale: ScrollScale): number {
  return start - toVirtual(realOffset, scale) + realOffset;
}

export type RowAlign = 'auto' | 'start';

/**
 * The real scrollTop that brings a fixed-height row into view, or null when it already is
 * (align 'auto'). Rounded towards showing the whole row, since one real px can be several
 * virtual px when the list is scaled.
 */
export function scrollTopForRow(
  index: number,
  rowSize: number,
  count: number,
  viewport: number,
  realOffset: number,
  scale: ScrollScale,
  align: RowAlign,
): number | null {
  if (count <= 0) return null;
  const i = Math.max(0, Math.min(count - 1, index));
  const start = i * rowSize;
  const end = start + rowSize;
  const current = toVirtual(realOffset, scale);
  const maxVirtual = Math.max(0, count * rowSize - viewport);
  let target: number;
  let round: (n: number) => number = Math.floor;
  if (align === 'start' || start < current) target = start;
  else if (end > current + viewport) {
    target = end - viewport;
    round = Math.ceil;
  } else return null;
  target = Math.max(0, Math.min(maxVirtual, target));
  return round(toReal(target, scale));
}
