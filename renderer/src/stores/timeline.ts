/**
 * Timeline state: the filter (what rows match), the histogram's zoom (what time span the chart
 * shows), and the selection. The brush sets filter.from/to; the zoom never filters rows.
 */
import { create } from 'zustand';
import type { Flag, TimelineFilter, TimelineOrder } from '../../../shared/api';
import type { Domain } from '../lib/histogram';
import { filterForFlag } from '../lib/filters';

interface TimelineState {
  filter: TimelineFilter;
  /** Row order of the list (not a filter: counts and the chart do not change). */
  order: TimelineOrder;
  zoom: Domain | null;
  /** Row index among the filtered rows. */
  selectedIndex: number | null;
  selectedId: number | null;
  detailOpen: boolean;
  /** Event ids to mark in the list (a flag's records). */
  highlight: ReadonlySet<number>;
  highlightLabel: string | null;
  setFilter: (patch: Partial<TimelineFilter>) => void;
  setOrder: (order: TimelineOrder) => void;
  resetFilter: () => void;
  setRange: (range: { from?: string; to?: string }) => void;
  clearRange: () => void;
  setZoom: (zoom: Domain | null) => void;
  select: (index: number | null, id: number | null) => void;
  openDetail: (open: boolean) => void;
  showFlag: (flag: Flag) => void;
  clearHighlight: () => void;
}

const EMPTY: ReadonlySet<number> = new Set();

export const useTimeline = create<TimelineState>()((set) => ({
  filter: {},
  order: 'oldest',
  zoom: null,
  selectedIndex: null,
  selectedId: null,
  detailOpen: false,
  highlight: EMPTY,
  highlightLabel: null,
  setFilter: (patch) => set((s) => ({ filter: clean({ ...s.filter, ...patch }), selectedIndex: null, selectedId: null })),
  setOrder: (order) => set({ order, selectedIndex: null, selectedId: null }),
  resetFilter: () => set({ filter: {}, zoom: null, selectedIndex: null, selectedId: null, highlight: EMPTY, highlightLabel: null }),
  setRange: (range) => set((s) => ({ filter: clean({ ...s.filter, from: range.from, to: range.to }), selectedIndex: null, selectedId: null })),
  clearRange: () => set((s) => ({ filter: clean({ ...s.filter, from: undefined, to: undefined }), selectedIndex: null, selectedId: null })),
  setZoom: (zoom) => set({ zoom }),
  select: (index, id) => set({ selectedIndex: index, selectedId: id }),
  openDetail: (open) => set({ detailOpen: open }),
  showFlag: (flag) =>
    set({
      filter: filterForFlag(flag),
      zoom: null,
      selectedIndex: null,
      selectedId: null,
      detailOpen: false,
      highlight: new Set(flag.eventIds),
      highlightLabel: flag.title,
    }),
  clearHighlight: () => set({ highlight: EMPTY, highlightLabel: null }),
}));

/** Drops unset keys so equal filters compare and cache equally. */
function clean(filter: TimelineFilter): TimelineFilter {
  const out: TimelineFilter = {};
  for (const [k, v] of Object.entries(filter) as [keyof TimelineFilter, unknown][]) {
    if (v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
