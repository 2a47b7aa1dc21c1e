/**
 * Page arithmetic for the timeline: rows are fetched in fixed-size pages by offset, so a visible
 * range of row indexes maps to a short list of page numbers.
 */

/** The page that holds row `index`. */
export function pageOf(index: number, pageSize: number): number {
  return Math.floor(index / pageSize);
}

/**
 * Pages needed to show rows [first, last] (inclusive), plus `prefetch` pages either side so that
 * normal scrolling finds the next rows already loaded. Never returns pages beyond `total`.
 */
export function pagesForRange(first: number, last: number, pageSize: number, total: number, prefetch = 1): number[] {
  if (total <= 0 || last < first) return [];
  const lastPage = pageOf(total - 1, pageSize);
  const from = Math.max(0, pageOf(Math.max(0, first), pageSize) - prefetch);
  const to = Math.min(lastPage, pageOf(Math.min(total - 1, last), pageSize) + prefetch);
  const pages: number[] = [];
  for (let p = from; p <= to; p++) pages.push(p);
  return pages;
}

/** Pages ordered so the ones nearest the visible middle load first. */
export function byDistance(pages: number[], centrePage: number): number[] {
  return [...pages].sort((a, b) => Math.abs(a - centrePage) - Math.abs(b - centrePage) || a - b);
}
