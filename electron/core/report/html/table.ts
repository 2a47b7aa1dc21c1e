/** Small table and citation helpers for the HTML report. */
import type { Provenance } from '../../../../shared/domain';
import { formatInt } from '../../claims/words';
import { html, type Html, type HtmlPart } from './escape';

export interface Column<T> {
  head: string;
  num?: boolean;
  /** Short values (grades, dates) that should not wrap. */
  nowrap?: boolean;
  /** Short phrases that may wrap between words but never inside one. */
  words?: boolean;
  cell(row: T): HtmlPart;
}

export function table<T>(rows: readonly T[], columns: readonly Column<T>[], empty = 'None.'): Html {
  if (rows.length === 0) return html`<p class="small">${empty}</p>`;
  const cls = (c: Column<T>): Html | string => (c.num ? html` class="num"` : c.nowrap ? html` class="nowrap"` : c.words ? html` class="words"` : '');
  return html`<table><thead><tr>${columns.map((c) => html`<th${cls(c)}>${c.head}</th>`)}</tr></thead><tbody>${rows.map(
    (r) => html`<tr>${columns.map((c) => html`<td${cls(c)}>${c.cell(r)}</td>`)}</tr>`,
  )}</tbody></table>`;
}

export const n = (x: number): string => formatInt(x);
export const d = (iso: string | null): string => (iso ? iso.slice(0, 10) : '–');
/** `2024-03-01`, `2024-03-01 – 2024-05-02`, or `–`. */
export function range(first: string | null, last: string | null): string {
  const a = first ? first.slice(0, 10) : null;
  const b = last ? last.slice(0, 10) : null;
  if (!a && !b) return '–';
  return !a || !b || a === b ? (a ?? b ?? '–') : `${a} – ${b}`;
}
export const t = (iso: string | null): string => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : '–');

/** `archive 1a2b3c4d5e6f… · member · pointer`, full SHA-256 in the title. */
export function citation(p: Provenance): Html {
  return html`<code title="${p.sourceSha256}">${p.sourceSha256.slice(0, 12)}…</code> <code>${p.member}</code> <code>${p.pointer}</code>`;
}

export function citations(list: readonly Provenance[], cap = 5): Html {
  if (list.length === 0) return html`–`;
  return html`${list.slice(0, cap).map((p, i) => html`${i > 0 ? html`<br>` : ''}${citation(p)}`)}${list.length > cap ? html`<br><span class="small">and ${n(list.length - cap)} more in the JSON</span>` : ''}`;
}
