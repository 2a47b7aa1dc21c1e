/**
 * Plain words for verdicts and reports, formatted by hand so the output never depends on the
 * machine's locale: `12,345`, `2024-03-01`, `2024-03-01 to 2025-06-27`.
 */
import { REGION_COUNTRIES, type RegionName } from '../../../shared/claims';
import type { Grade } from '../../../shared/domain';
import { countryInSentence } from '../evidence/country-names';

export function formatInt(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

export function day(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/** "dated 2024-03-01", "dated 2021-01-04 to 2022-09-28", "without dates". */
export function dated(first: string | null, last: string | null): string {
  const a = day(first);
  const b = day(last);
  if (!a && !b) return 'without dates';
  if (!a || !b || a === b) return `dated ${a ?? b}`;
  return `dated ${a} to ${b}`;
}

/** "A, B and C" / "A or B". */
export function joinWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const REGION_WORDS: Record<RegionName, string> = { US: 'the United States', EU: 'the EU', EEA: 'the EEA' };

/** "the United States", "Ireland or Norway", "the EEA". */
export function placeList(countries: readonly string[], regions: readonly RegionName[]): string {
  const inRegions = new Set<string>(regions.flatMap((r) => REGION_COUNTRIES[r]));
  const words = [...regions.map((r) => REGION_WORDS[r]), ...countries.filter((c) => !inRegions.has(c)).map((c) => countryInSentence(c))];
  return joinWords(words, 'or');
}

export const GRADE_WORDS: Record<Grade, string> = {
  A: 'stated / the export\'s own records',
  B: 'documented naming convention',
  C: 'network ownership',
  D: 'IP country, two datasets agreeing',
  E: 'CDN edge code',
  F: 'inferred token',
  G: 'unknown',
};

export function gradePhrase(g: Grade): string {
  return `grade ${g}, ${GRADE_WORDS[g]}`;
}
