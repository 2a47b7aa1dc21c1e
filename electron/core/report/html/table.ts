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
/**
 * The zone the page shows times in (ReportDocument.timeZone), set by renderReportHtml for the
 * length of one synchronous render so every cell helper keeps its one-argument form. UTC when
 * unset: then the output is byte for byte what it was before zones existed.
 */
let zone: string | null = null;

export function withZone<T>(timeZone: string | undefined, render: () => T): T {
  const previous = zone;
  zone = timeZone === undefined || timeZone === 'UTC' ? null : timeZone;
  try {
    return render();
  } finally {
    zone = previous;
  }
}

/** `2024-03-01T10:20:30` as the wall clock of the page's zone, and that zone's offset then (`GMT+01:00`). */
function inZone(iso: string): { date: string; time: string; offset: string } {
  if (zone === null) return { date: iso.slice(0, 10), time: iso.slice(11, 19), offset: 'UTC' };
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
  }).formatToParts(new Date(iso));
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? '';
  return { date: `${p('year')}-${p('month')}-${p('day')}`, time: `${p('hour')}:${p('minute')}:${p('second')}`, offset: p('timeZoneName') === 'GMT' ? 'GMT+00:00' : p('timeZoneName') };
}

export const d = (iso: string | null): string => (iso ? inZone(iso).date : '–');
/** `2024-03-01`, `2024-03-01 – 2024-05-02`, or `–`. */
export function range(first: string | null, last: string | null): string {
  const a = first ? inZone(first).date : null;
  const b = last ? inZone(last).date : null;
  if (!a && !b) return '–';
  return !a || !b || a === b ? (a ?? b ?? '–') : `${a} – ${b}`;
}
export const t = (iso: string | null): string => {
  if (!iso) return '–';
  const z = inZone(iso);
  return `${z.date} ${z.time} ${z.offset}`;
};

/** `archive 1a2b3c4d5e6f… · member · pointer`, full SHA-256 in the title. */
export function citation(p: Provenance): Html {
  return html`<code title="${p.sourceSha256}">${p.sourceSha256.slice(0, 12)}…</code> <code>${p.member}</code> <code>${p.pointer}</code>`;
}

export function citations(list: readonly Provenance[], cap = 5): Html {
  if (list.length === 0) return html`–`;
  return html`${list.slice(0, cap).map((p, i) => html`${i > 0 ? html`<br>` : ''}${citation(p)}`)}${list.length > cap ? html`<br><span class="small">and ${n(list.length - cap)} more in the JSON</span>` : ''}`;
}
