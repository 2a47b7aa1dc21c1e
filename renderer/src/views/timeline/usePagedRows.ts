/**
 * Rows of the filtered timeline, fetched page by page as the list scrolls. Only recently used
 * pages are kept (LRU), so a million matching rows never sit in memory; at most a few requests run
 * at once and a request queued for a page the reader has already scrolled past is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventRow, TimelineFilter, TimelineOrder } from '../../../../shared/api';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { filterKey } from '../../lib/filters';
import { LruCache } from '../../lib/lru';
import { byDistance, pageOf, pagesForRange } from '../../lib/pages';
import { useProfile } from '../../stores/profile';

export const PAGE_SIZE = 200;
const CACHE_PAGES = 40;
const MAX_IN_FLIGHT = 3;

export interface PagedRows {
  total: number | null;
  error: string | null;
  getRow: (index: number) => EventRow | undefined;
  ensureRange: (first: number, last: number) => void;
  /** Offset of the row for a time (for "jump to" from the histogram): oldest first, the first at or after it; newest first, the newest at or before it. */
  offsetAt: (iso: string) => Promise<number | null>;
}

export function usePagedRows(filter: TimelineFilter, order: TimelineOrder = 'oldest'): PagedRows {
  const dataVersion = useProfile((s) => s.dataVersion);
  const key = `${filterKey(filter)}#${order}#${dataVersion}`;
  const orderRef = useRef(order);
  const cache = useRef(new LruCache<number, EventRow[]>(CACHE_PAGES));
  const inFlight = useRef(new Set<number>());
  const wanted = useRef<number[]>([]);
  const keyRef = useRef(key);
  const filterRef = useRef(filter);
  const totalRef = useRef<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);

  const pump = useCallback(() => {
    while (inFlight.current.size < MAX_IN_FLIGHT && wanted.current.length > 0) {
      const page = wanted.current.shift() as number;
      if (cache.current.has(page) || inFlight.current.has(page)) continue;
      inFlight.current.add(page);
      const myKey = keyRef.current;
      api()['timeline.page']({ filter: filterRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE, order: orderRef.current })
        .then(
          (res) => {
            if (keyRef.current !== myKey) return; // The filter changed meanwhile.
            cache.current.set(page, res.events);
            totalRef.current = res.total;
            setTotal(res.total);
            setError(null);
            setVersion((v) => v + 1);
          },
          (err: unknown) => {
            if (keyRef.current === myKey) setError(messageOf(err));
          },
        )
        .finally(() => {
          if (keyRef.current !== myKey) return;
          inFlight.current.delete(page);
          pump();
        });
    }
  }, []);

  useEffect(() => {
    keyRef.current = key;
    filterRef.current = filter;
    orderRef.current = order;
    cache.current.clear();
    inFlight.current.clear();
    wanted.current = [0];
    totalRef.current = null;
    setTotal(null);
    setError(null);
    pump();
    // `filter` is represented by `key`; depending on its identity would refetch on every render.
  }, [key, pump]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const t = totalRef.current;
      if (t === null) return;
      const pages = pagesForRange(first, last, PAGE_SIZE, t, 1);
      for (const p of pages) cache.current.get(p); // Touch: visible pages are the most recent.
      const missing = pages.filter((p) => !cache.current.has(p) && !inFlight.current.has(p));
      wanted.current = byDistance(missing, pageOf(Math.floor((first + last) / 2), PAGE_SIZE));
      pump();
    },
    [pump],
  );

  const getRow = useCallback((index: number): EventRow | undefined => {
    const page = cache.current.peek(pageOf(index, PAGE_SIZE));
    return page?.[index % PAGE_SIZE];
  }, []);

  const offsetAt = useCallback(async (iso: string): Promise<number | null> => {
    try {
      const res = await api()['timeline.page']({ filter: filterRef.current, at: iso, limit: PAGE_SIZE, order: orderRef.current });
      if (keyRef.current === key) {
        const page = pageOf(res.offset, PAGE_SIZE);
        // Cache it only when the answer starts on a page boundary, which keeps pages uniform.
        if (res.offset % PAGE_SIZE === 0) cache.current.set(page, res.events);
      }
      return res.offset;
    } catch (err) {
      setError(messageOf(err));
      return null;
    }
  }, [key]);

  return { total, error, getRow, ensureRange, offsetAt };
}
