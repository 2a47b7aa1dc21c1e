/**
 * Section-by-section comparison of a report with its recomputation, naming the first differing
 * values by JSON path ("verdicts[0].verdict: the report says "consistent", recomputed "contradicted"").
 */
import { REPORT_SECTIONS, type ReportDocument, type ReportSection } from '../../../shared/report';

export interface SectionResult {
  section: ReportSection | 'other';
  match: boolean;
  /** The first differences, by path. */
  differences: string[];
  /** How many more differences were not listed. */
  more: number;
}

const LIST_CAP = 8;

export function sectionValue(doc: ReportDocument, section: ReportSection): unknown {
  switch (section) {
    case 'claims':
      return { claims: doc.claims, verdicts: doc.verdicts };
    case 'events':
      return { span: doc.span, events: doc.events };
    default:
      return doc[section];
  }
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  if (s === undefined) return 'nothing';
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
};

/** Paths where two JSON values differ, in document order. */
export function diffPaths(a: unknown, b: unknown, path: string, out: string[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: the report has ${a.length} entries, recomputed ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) diffPaths(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])];
    for (const k of keys) {
      if (!(k in bo)) out.push(`${path}.${k}: only in the report (${show(ao[k])})`);
      else if (!(k in ao)) out.push(`${path}.${k}: missing from the report (recomputed ${show(bo[k])})`);
      else diffPaths(ao[k], bo[k], `${path}.${k}`, out);
    }
    return;
  }
  out.push(`${path}: the report says ${show(a)}, recomputed ${show(b)}`);
}

function result(section: SectionResult['section'], a: unknown, b: unknown): SectionResult {
  const diffs: string[] = [];
  diffPaths(a, b, section, diffs);
  return { section, match: diffs.length === 0, differences: diffs.slice(0, LIST_CAP), more: Math.max(0, diffs.length - LIST_CAP) };
}

export function compareReports(claimed: ReportDocument, recomputed: ReportDocument): SectionResult[] {
  const out = REPORT_SECTIONS.map((s) => result(s, sectionValue(claimed, s), sectionValue(recomputed, s)));
  // Anything outside the named sections (schema, the reproducibility note, extra fields).
  const rest = (d: ReportDocument): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...d };
    for (const s of REPORT_SECTIONS) {
      if (s === 'claims') { delete copy.claims; delete copy.verdicts; }
      else if (s === 'events') { delete copy.span; delete copy.events; }
      else delete copy[s];
    }
    return copy;
  };
  out.push(result('other', rest(claimed), rest(recomputed)));
  return out;
}
