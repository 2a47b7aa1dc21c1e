/**
 * The X archive's format names: what the archive is, by the year its manifest gives or, without
 * one, by the features of its layout. Never "current" or "legacy": those invert as years pass.
 */

export const X_FORMATS = {
  /** Data files at the archive's root, no manifest (the layout of 2018 downloads). */
  root2018: 'x-archive-2018-2019',
  /** A `data/` folder, no manifest date, posts in `tweet.js`. */
  data2019: 'x-archive-2019-2021',
  /** A `data/` folder, no manifest date, posts in `tweets.js`. */
  data2022: 'x-archive-2022-later',
  /** Nothing tells the layout's age. */
  undated: 'x-archive-undated',
} as const;

/**
 * The first year a format stands for (`x-archive-2021` → 2021, `x-archive-2019-2021` → 2019);
 * undefined for an undated archive.
 */
export function formatYear(format: string): number | undefined {
  const m = /^x-archive-(\d{4})/.exec(format);
  return m ? Number(m[1]) : undefined;
}

/** Posts sit in `tweet.js` before 2022 and in `tweets.js` from 2022 [M]. */
export function postsFile(format: string): 'tweet' | 'tweets' | undefined {
  if (format === X_FORMATS.data2022) return 'tweets';
  const year = formatYear(format);
  if (year === undefined) return undefined;
  return year < 2022 ? 'tweet' : 'tweets';
}
