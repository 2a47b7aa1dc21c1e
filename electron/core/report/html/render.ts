/**
 * The HTML report: one self-contained file. Inline CSS, no script to run (the only <script> is
 * a JSON data block, which browsers never execute), a CSP that forbids every fetch, no external
 * reference of any kind, and every export-derived string escaped. Pure function of the document,
 * so the same document always renders to the same bytes.
 */
import { REPORT_SCRIPT_ID, type ReportDocument } from '../../../../shared/report';
import { html, jsonForScript, raw } from './escape';
import { archivesSection, claimsSection, datasetsSection, verifySection, whereSection, whoSection } from './sections';
import { REPORT_CSS } from './styles';
import { n, t, withZone } from './table';

export const REPORT_CSP = 'default-src \'none\'; style-src \'unsafe-inline\'; img-src data:';

function titleOf(doc: ReportDocument): string {
  const platforms = [...new Set(doc.archives.map((a) => a.platform))].join(', ');
  return `Whereabouts report${doc.redacted ? ' (redacted)' : ''}${platforms ? ` — ${platforms}` : ''}`;
}

export function renderReportHtml(doc: ReportDocument): string {
  return withZone(doc.timeZone, () => renderPage(doc));
}

function renderPage(doc: ReportDocument): string {
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titleOf(doc)}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<header>
<h1>${titleOf(doc)}</h1>
${doc.redacted ? html`<p class="redacted" id="redacted"><strong>Redacted report.</strong> Exact IP addresses, names, handles, message, comment and search texts, identifiers and the data in file and record paths are replaced by labels (“address 3”, “person 2”, “device 1”, “[hidden in presenter mode]”). Times, kinds, counts, countries, network owners and kinds, platform hosts and grades are as computed. <code>whereabouts verify</code> recomputes the full report from the exports, redacts it the same way and compares.</p>
` : ''}<p class="meta">${n(doc.archives.length)} ${doc.archives.length === 1 ? 'archive' : 'archives'}: ${doc.archives.map((a, i) => html`${i > 0 ? '; ' : ''}${a.file} (SHA-256 <code>${a.sha256}</code>)`)}</p>
${doc.timeZone ? html`<p class="meta" id="time-zone">Times on this page are in ${doc.timeZone} (offsets shown with each time); the embedded JSON holds them in UTC.</p>
` : ''}<p class="meta">Records dated ${t(doc.span.first)} to ${t(doc.span.last)} · ${n(doc.events.total)} timeline events · ${doc.tool.name} ${doc.tool.version}</p>
<p class="meta generated" id="generated-at">Generated at ${t(doc.generatedAt)} — the only value that differs between two runs on the same archives.</p>
</header>
<main>
${claimsSection(doc)}
${whoSection(doc)}
${whereSection(doc)}
${archivesSection(doc)}
${datasetsSection(doc)}
</main>
${verifySection(doc)}
<script type="application/json" id="${REPORT_SCRIPT_ID}">${raw(jsonForScript(doc))}</script>
</body>
</html>
`;
  return page.value;
}
