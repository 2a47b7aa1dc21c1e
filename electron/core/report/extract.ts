/**
 * Reads a report back: the JSON file, or the HTML file's embedded JSON block. Checks the shape
 * enough for `verify` to work with it; every field is compared later anyway.
 */
import { REPORT_SCHEMA, REPORT_SCRIPT_ID, type ReportDocument } from '../../../shared/report';

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

export type ReportKind = 'json' | 'html';

export function reportKindOf(text: string): ReportKind {
  return /^\s*</.test(text) ? 'html' : 'json';
}

/** The embedded block's text, or null. Matches the block renderReportHtml writes (one per file). */
export function embeddedJson(htmlText: string): string | null {
  const open = new RegExp(`<script type="application/json" id="${REPORT_SCRIPT_ID}">`);
  const m = open.exec(htmlText);
  if (!m) return null;
  const start = m.index + m[0].length;
  const end = htmlText.indexOf('</script>', start);
  return end === -1 ? null : htmlText.slice(start, end);
}

export function readReport(text: string): { kind: ReportKind; doc: ReportDocument } {
  const kind = reportKindOf(text);
  const json = kind === 'html' ? embeddedJson(text) : text;
  if (json === null) throw new ReportFormatError(`This HTML file has no embedded report (no <script id="${REPORT_SCRIPT_ID}"> block); was it made by whereabouts report?`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ReportFormatError(`The report's JSON cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const v = value as Partial<ReportDocument> | null;
  if (v === null || typeof v !== 'object' || v.schema !== REPORT_SCHEMA) {
    throw new ReportFormatError(`Not a Whereabouts report (expected "schema": "${REPORT_SCHEMA}").`);
  }
  const missing = (['generatedAt', 'tool', 'archives', 'claims', 'verdicts'] as const).filter((k) => v[k] === undefined);
  if (missing.length > 0) throw new ReportFormatError(`The report lacks ${missing.join(', ')}.`);
  if (!Array.isArray(v.archives) || !Array.isArray(v.claims) || typeof v.generatedAt !== 'string' || typeof v.tool?.version !== 'string') {
    throw new ReportFormatError('The report\'s header (generatedAt, tool, archives, claims) is malformed.');
  }
  return { kind, doc: v as ReportDocument };
}
