/**
 * @tanstack/react-virtual with scaled scrolling (lib/scaled-scroll.ts): the virtualizer works in
 * "virtual" pixels (count × row height, which can exceed what a browser can lay out), while the
 * scrolling element only ever gets a height it can handle.
 */
import { elementScroll, observeElementOffset, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { realTop, scrollScale, scrollTopForRow, type RowAlign, type ScrollScale } from '../../lib/scaled-scroll';

export interface ScaledVirtualizer {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** Height to give the inner element. */
  realSize: number;
  /** Where (in the element's own coordinates) to draw a row that starts at virtual `start`. */
  topFor: (start: number) => number;
  /**
   * Brings a row into view. The virtualizer's own scrollToIndex clamps to the element's real
   * height, which is wrong once the list is scaled, so rows (all one height) are placed here.
   */
  scrollToRow: (index: number, align: RowAlign) => void;
}

export function useScaledVirtualizer(count: number, rowPx: number, scrollRef: RefObject<HTMLDivElement | null>): ScaledVirtualizer {
  const scaleRef = useRef<ScrollScale>({ realSize: 0, factor: 1 });
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    overscan: 6,
    observeElementOffset: (instance, cb) => observeElementOffset(instance, (offset, isScrolling) => cb(offset * scaleRef.current.factor, isScrolling)),
    // Only used by the virtualizer's own corrections; jumps go through scrollToRow below.
    scrollToFn: (offset, options, instance) =>
      elementScroll(offset / scaleRef.current.factor, { ...options, adjustments: (options.adjustments ?? 0) / scaleRef.current.factor }, instance),
  });

  // Row height follows the text size; re-measure so positions match the new rows.
  useEffect(() => {
    virtualizer.measure();
  }, [rowPx, virtualizer]);

  const viewport = virtualizer.scrollRect?.height ?? scrollRef.current?.clientHeight ?? 0;
  const scale = scrollScale(virtualizer.getTotalSize(), viewport);
  scaleRef.current = scale;
  const realOffset = (virtualizer.scrollOffset ?? 0) / scale.factor;
  const scrollToRow = (index: number, align: RowAlign): void => {
    const el = scrollRef.current;
    if (!el) return;
    const top = scrollTopForRow(index, rowPx, count, el.clientHeight, el.scrollTop, scaleRef.current, align);
    if (top !== null) el.scrollTop = top;
  };
  return { virtualizer, realSize: scale.realSize, topFor: (start) => realTop(start, realOffset, scale), scrollToRow };
}
