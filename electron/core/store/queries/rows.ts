/** Small conversions shared by the query modules. */
/**
 * Seconds precision, as the contract promises for summaries, reports and `analyze --json`
 * (docs/analyze-json.md): an instant inside a second is written as that second.
 */
export function iso(ts: number | null | undefined): string | null {
  return ts === null || ts === undefined ? null : `${new Date(ts).toISOString().slice(0, 19)}Z`;
}

/** Millisecond precision where the record had it: timeline rows and positions (the UI seeks by them). */
export function isoPrecise(ts: number | null | undefined): string | null {
  return ts === null || ts === undefined ? null : new Date(ts).toISOString().replace('.000Z', 'Z');
}

export function splitList<T extends string>(s: string | null | undefined): T[] {
  if (!s) return [];
  return [...new Set(s.split(','))].sort() as T[];
}

export function deviceLabel(model: string | null, system: string | null, userAgent?: string | null): string | null {
  const label = [model, system].filter((x) => x && x.trim() !== '').join(' · ');
  if (label) return label;
  return userAgent ?? null;
}

/** An ISO instant cut to seconds (the analyze document's precision). */
export function toSeconds(isoText: string | null): string | null {
  return isoText === null ? null : isoText.replace(/\.\d+Z$/, 'Z');
}
