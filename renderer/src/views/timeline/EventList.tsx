import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useRootFontPx } from '../../hooks/useRootFontPx';
import { useTimeline } from '../../stores/timeline';
import { EventRowView, ROW_REM } from './EventRowView';
import type { PagedRows } from './usePagedRows';
import { useScaledVirtualizer } from './useScaledVirtualizer';

/**
 * The virtualised event list: only the rows on screen exist in the page. Keyboard: ↑/↓ move the
 * selection, PageUp/PageDown/Home/End jump, Enter opens the detail.
 */
/** A request to scroll to a row; `n` makes repeated jumps to the same row still count. */
export interface JumpTarget {
  index: number;
  n: number;
}

export function EventList({ rows, jumpTo }: { rows: PagedRows; jumpTo: JumpTarget | null }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowPx = ROW_REM * useRootFontPx();
  const total = rows.total ?? 0;
  const { virtualizer, realSize, topFor, scrollToRow } = useScaledVirtualizer(total, rowPx, scrollRef);
  const items = virtualizer.getVirtualItems();
  const selectedIndex = useTimeline((s) => s.selectedIndex);
  const selectedId = useTimeline((s) => s.selectedId);
  const highlight = useTimeline((s) => s.highlight);
  const select = useTimeline((s) => s.select);
  const openDetail = useTimeline((s) => s.openDetail);

  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    rows.ensureRange(first, last);
  }, [first, last, rows]);

  // Keyboard moves can outrun page loads: fill in the id once the selected row arrives.
  const selectedRow = selectedIndex !== null ? rows.getRow(selectedIndex) : undefined;
  useEffect(() => {
    if (selectedIndex !== null && selectedRow && selectedRow.id !== selectedId) select(selectedIndex, selectedRow.id);
  }, [selectedIndex, selectedRow, selectedId, select]);

  useEffect(() => {
    if (jumpTo !== null && jumpTo.index < total) {
      scrollToRow(jumpTo.index, 'start');
      select(jumpTo.index, rows.getRow(jumpTo.index)?.id ?? null);
    }
    // Only a new jump target should scroll.
  }, [jumpTo]);

  const move = (index: number): void => {
    if (total === 0) return;
    const i = Math.max(0, Math.min(total - 1, index));
    select(i, rows.getRow(i)?.id ?? null);
    scrollToRow(i, 'auto');
  };

  const pageRows = Math.max(1, items.length - 2);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const cur = selectedIndex ?? -1;
    switch (e.key) {
      case 'ArrowDown':
        move(cur + 1);
        break;
      case 'ArrowUp':
        move(cur < 0 ? 0 : cur - 1);
        break;
      case 'PageDown':
        move(cur + pageRows);
        break;
      case 'PageUp':
        move(cur - pageRows);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(total - 1);
        break;
      case 'Enter':
      case ' ':
        if (selectedIndex === null) move(0);
        openDetail(true);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const activeId = selectedIndex !== null && items.some((it) => it.index === selectedIndex) ? `ev-row-${selectedIndex}` : undefined;
  return (
    <div
      ref={scrollRef}
      className="event-list"
      role="listbox"
      aria-label={`Events, ${total} in all. Use the arrow keys to move, Enter to open.`}
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="event-list"
      data-total={total}
      // Short result lists get a short box; long ones a window onto the list.
      style={{ height: `min(70vh, 48rem, ${Math.max(1, total) * ROW_REM}rem + 2px)` }}
    >
      <div className="event-list-inner" style={{ height: realSize }}>
        {items.map((item) => {
          const row = rows.getRow(item.index);
          return (
            <EventRowView
              key={item.key}
              index={item.index}
              row={row}
              top={topFor(item.start)}
              selected={item.index === selectedIndex}
              highlighted={row ? highlight.has(row.id) : false}
              onClick={() => {
                select(item.index, row?.id ?? null);
                openDetail(true);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
