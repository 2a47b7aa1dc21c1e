/**
 * "Verify a report" in the app: a saved report (JSON or HTML) checked against the exports already
 * in the profile. The same steps as `whereabouts verify` (readReport, buildReport with the report's
 * own claims, tool version and generatedAt, compareReports, renderReportHtml for the page), but
 * over the profile's sources instead of a fresh re-import: the exports are found by SHA-256.
 * A report naming an export the profile does not hold cannot match; it says which.
 */
import type { ReportVerification } from '../../../shared/api';
import { CLAIM_TEMPLATES } from '../../../shared/claim-templates';
import { parseClaims } from '../../../shared/claims';
import type { ReportDocument } from '../../../shared/report';
import { listSources } from '../store/queries/sources';
import { VERSION } from '../version';
import { buildReport } from './build';
import { withDisplayZone } from './report-document';
import { compareReports } from './compare';
import { readReport, ReportFormatError } from './extract';
import { renderReportHtml } from './html/render';
import type { ScopeContext } from './scope';
import { redactReport } from '../redact/report';

export { ReportFormatError };

/** Compares a report's text with what the profile's copies of its exports give. Throws ReportFormatError for text that is no report. */
export function verifyInProfile(ctx: ScopeContext, reportText: string): ReportVerification {
  // A byte-order mark (added by some editors and downloaders) is not part of the report.
  const text = reportText.replace(/^\uFEFF/, '');
  const { doc: report, kind } = readReport(text);
  const versionNote = report.tool.version !== VERSION
    ? `This report was made by ${report.tool.name} ${report.tool.version}; this is ${VERSION}. Differences may come from the tool having changed, not from the report having been altered.`
    : null;
  const sources = listSources(ctx.db);
  const archives = report.archives.map((a) => ({ file: a.file, sha256: a.sha256, inProfile: sources.some((s) => s.sha256 === a.sha256) }));
  const base = { kind, tool: `${report.tool.name} ${report.tool.version}`, generatedAt: report.generatedAt, versionNote, archives };
  if (archives.length === 0 || archives.some((a) => !a.inProfile)) {
    return { ...base, sections: [], html: null, match: false };
  }
  const doc = recompute(ctx, report, sources.filter((s) => report.archives.some((a) => a.sha256 === s.sha256)).map((s) => s.id));
  const sections = compareReports(report, doc).map((s) => ({ section: s.section, match: s.match, differences: s.differences, more: s.more }));
  const html = kind === 'html' ? renderReportHtml(doc) === text : null;
  return { ...base, sections, html, match: sections.every((s) => s.match) && html !== false };
}

function recompute(ctx: ScopeContext, report: ReportDocument, sourceIds: number[]): ReportDocument {
  const parsed = parseClaims(report.claims, CLAIM_TEMPLATES);
  if (!parsed.ok) throw new ReportFormatError(`The report's claims are not valid: ${parsed.errors.join('; ')}`);
  const full = withDisplayZone(buildReport(ctx, { sourceIds, claims: parsed.value, generatedAt: report.generatedAt, version: report.tool.version }), report.timeZone);
  // A redacted report is checked against the full recomputation redacted the same way (labels are
  // numbered in the document's order): every figure it shows is verified, the hidden values cannot be.
  return report.redacted === true ? redactReport(full) : full;
}
