/**
 * Escaping for the HTML report. Every string that came from an export (titles, names, hosts,
 * member paths, statements quoting them) goes through escapeHtml; the embedded JSON goes through
 * jsonForScript, which also neutralises `</script>` and `<!--`.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** Text and attribute values alike (quotes escaped too). */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` become \u003c, \u003e,
 * \u0026 (so `</script>`, `<!--` and `]]>` cannot appear), and U+2028/U+2029 are escaped.
 * JSON.parse of the block's text gives back exactly the value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A tagged template that escapes every interpolation unless it is already Html. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return (part as readonly HtmlPart[]).map(render).join('');
  return escapeHtml(part as string | number);
}

export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  let out = strings[0] ?? '';
  parts.forEach((p, i) => {
    out += render(p) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup (only for constants written in this code, never for export data). */
export function raw(markup: string): Html {
  return new Html(markup);
}
