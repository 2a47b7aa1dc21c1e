/** Small text helpers for record titles. Shared by the importers. */

/** Titles are one line in lists; longer text belongs in `text`. */
export const TITLE_MAX = 140;

/** Whitespace (line breaks included) collapsed to single spaces, cut to `max` with an ellipsis. */
export function oneLine(text: string, max = TITLE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
