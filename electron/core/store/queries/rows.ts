/** Small conversions shared by the query modules. */
export function iso(ts: number | null | undefined): string | null {
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
