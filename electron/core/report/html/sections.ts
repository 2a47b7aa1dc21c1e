/** The report's sections, each a pure function of the report document. */
import type { NamedRow } from '../../../../shared/api';
import type { ClaimVerdict, EvidenceRole } from '../../../../shared/claims';
import { GRADES } from '../../../../shared/domain';
import type { ReportDocument } from '../../../../shared/report';
import { findingStatement } from '../../../../shared/words/findings';
import { flagWords } from '../../../../shared/words/flags';
import { GRADE_WORDS } from '../../claims/words';
import { html, type Html } from './escape';
import { citations, d, n, range, t, table, type Column } from './table';

const VERDICT_LABEL: Record<ClaimVerdict['verdict'], string> = {
  consistent: 'Consistent', contradicted: 'Contradicted', questionable: 'Questionable', 'not-testable': 'Not testable',
};
const ROLE_LABEL: Record<EvidenceRole, string> = {
  contradicts: 'Contradicts', questions: 'Raises a question', supports: 'Supports', predates: 'Before the claim\'s date', context: 'Context',
};

export function claimsSection(doc: ReportDocument): Html {
  return html`<section id="claims"><h2>Claims and verdicts</h2>
<p class="small">Only grades A–D can contradict a claim; grades E–G can only raise a question. Evidence dated before the day a claim applies from is listed but not counted.</p>
${doc.claims.length === 0 ? html`<p>No claims were tested.</p>` : ''}
${doc.claims.map((c) => {
    const v = doc.verdicts.find((x) => x.claimId === c.id);
    return html`<article class="claim" id="claim-${c.id}">
<h3>${c.statement}</h3>
<p class="meta">${c.statedBy ? html`Stated by ${c.statedBy}` : 'A hypothesis to test'}${c.appliesTo ? html` · about ${c.appliesTo}` : ''}${c.effectiveFrom ? html` · applies from ${c.effectiveFrom}` : ''} · test <code>${c.test.type}</code> · id <code>${c.id}</code></p>
${c.source ? html`<p class="meta">Source: ${c.source.title}${c.source.date ? html` (${c.source.date})` : ''}${c.source.url ? html` — <code>${c.source.url}</code>` : ''}</p>` : ''}
${c.note ? html`<p class="meta">Note: ${c.note}</p>` : ''}
${v ? verdictBlock(v) : html`<p>No verdict.</p>`}
</article>`;
  })}
</section>`;
}

function verdictBlock(v: ClaimVerdict): Html {
  return html`<p><span class="badge v-${v.verdict}">${VERDICT_LABEL[v.verdict]}</span>${v.grade ? html`<span class="badge grade">Grade ${v.grade}: ${GRADE_WORDS[v.grade]}</span>` : ''}</p>
<p class="headline">${v.headline}</p>
${v.reasons.length ? html`<ul>${v.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${v.evidence.length ? html`<h4>Evidence</h4>${table(v.evidence, [
    { head: 'Role', words: true, cell: (e) => ROLE_LABEL[e.role] },
    { head: 'Grade', nowrap: true, cell: (e) => e.grade },
    { head: 'What it shows, and where to find it', cell: (e) => html`${e.what}${e.citations.length ? html`<br><span class="small">${citations(e.citations, 3)}</span>` : ''}` },
    { head: 'Records', num: true, cell: (e) => n(e.count) },
    { head: 'Dates', nowrap: true, cell: (e) => range(e.first, e.last) },
  ])}` : ''}`;
}

export function whoSection(doc: ReportDocument): Html {
  const a = doc.access;
  return html`<section id="who"><h2>Who accessed the account</h2>
<ul>${doc.summary.who.map((s) => html`<li>${s}</li>`)}</ul>
<h3>Sign-in addresses</h3>
${table(a.ips, [
    { head: 'Address', cell: (r) => html`<code>${r.ip}</code>` },
    { head: 'Sign-ins', num: true, cell: (r) => n(r.count) },
    { head: 'First', cell: (r) => d(r.first) },
    { head: 'Last', cell: (r) => d(r.last) },
    { head: 'Country (DB-IP / registry)', cell: (r) => `${r.country ?? '–'} / ${r.registryCountry ?? '–'}` },
    { head: 'Network', cell: (r) => `${r.asn !== null ? `AS${r.asn} ` : ''}${r.org ?? ''}${r.provider ? ` (${r.provider})` : ''}` },
    { head: 'Kind', cell: (r) => r.networkKind },
    { head: 'Flagged', cell: (r) => (r.flagged ? 'yes' : '') },
  ], 'No sign-in addresses.')}
<h3>Devices</h3>
${table(a.devices, [
    { head: 'Model', cell: (r) => r.model ?? '–' },
    { head: 'System', cell: (r) => r.system ?? '–' },
    { head: 'Identifiers', cell: (r) => Object.entries(r.identifiers).map(([k, v]) => `${k}: ${v}`).join('; ') || '–' },
    { head: 'Records', num: true, cell: (r) => n(r.count) },
    { head: 'First', cell: (r) => d(r.first) },
    { head: 'Last', cell: (r) => d(r.last) },
  ], 'No devices.')}
<h3>Networks</h3>
${table(a.networks, [
    { head: 'ASN', cell: (r) => (r.asn !== null ? `AS${r.asn}` : '–') },
    { head: 'Organisation', cell: (r) => r.org ?? '–' },
    { head: 'Kind', cell: (r) => r.networkKind },
    { head: 'Sign-ins', num: true, cell: (r) => n(r.logins) },
    { head: 'Addresses', num: true, cell: (r) => n(r.ips) },
  ], 'No networks.')}
<h3>Flags</h3>
${doc.flags.length === 0 ? html`<p class="small">No flags.</p>` : html`<ul>${doc.flags.map((f) => html`<li><strong>${flagWords(f).title}</strong> <span class="small">(${f.severity}, ${range(f.first, f.last)})</span><br>${flagWords(f).explanation}<br><span class="small">${citations(f.evidence, 3)}</span></li>`)}</ul>`}
<h3>Third-party apps</h3>
${table(a.apps, namedColumns, 'The export lists no third-party apps.')}
<h3>Advertisers and data partners</h3>
${table(a.advertisers, namedColumns, 'None listed.')}
<h3>Off-platform activity sources</h3>
${table(a.offPlatform, namedColumns, 'None listed.')}
</section>`;
}

const namedColumns: readonly Column<NamedRow>[] = [
  { head: 'Name', cell: (r) => r.name },
  { head: 'Records', num: true, cell: (r) => n(r.count) },
  { head: 'First', cell: (r) => d(r.first) },
  { head: 'Last', cell: (r) => d(r.last) },
  { head: 'Detail', cell: (r) => r.detail ?? '–' },
];

export function whereSection(doc: ReportDocument): Html {
  return html`<section id="where"><h2>Where data was served from</h2>
<ul>${doc.summary.where.map((s) => html`<li>${s}</li>`)}</ul>
<h3>Findings</h3>
${table(doc.findings, [
    { head: 'Grade', nowrap: true, cell: (f) => f.grade },
    { head: 'Statement', cell: (f) => findingStatement(f) },
    { head: 'Records', num: true, cell: (f) => n(f.count) },
    { head: 'Where to find it', cell: (f) => citations(f.evidence, 2) },
    { head: 'Id', cell: (f) => html`<code>${f.id}</code>` },
  ], 'No findings.')}
<h3>Servers named in the export</h3>
${table(doc.hosts, [
    { head: 'Server', cell: (h) => html`<code>${h.host}</code>` },
    { head: 'Links', num: true, cell: (h) => n(h.count) },
    { head: 'Grade', nowrap: true, cell: (h) => h.grade },
    { head: 'Owner', cell: (h) => h.owner ?? '–' },
    { head: 'What the name says', cell: (h) => html`${h.statement}${h.pathHints.map((p) => html`<br><span class="small">Path <code>${p.token}</code> (grade ${p.grade}, ${n(p.count)}): ${p.statement}</span>`)}` },
    { head: 'Dates', nowrap: true, cell: (h) => range(h.first, h.last) },
  ], 'No servers.')}
</section>`;
}

export function archivesSection(doc: ReportDocument): Html {
  return html`<section id="archives"><h2>Archives and coverage</h2>
<p class="small">Recompute any SHA-256 with <code>sha256sum FILE</code> (split exports: <code>cat part-001.zip part-002.zip … | sha256sum</code>).</p>
${doc.archives.map((a) => html`<h3>${a.file}</h3>
<table><tbody>
<tr><th>SHA-256</th><td><code>${a.sha256}</code></td></tr>
<tr><th>Size</th><td>${n(a.bytes)} bytes</td></tr>
${a.parts.length > 1 ? html`<tr><th>Parts</th><td>${a.parts.map((p, i) => html`${i > 0 ? html`<br>` : ''}<code>${p.file}</code> ${n(p.bytes)} bytes, SHA-256 <code>${p.sha256}</code>`)}</td></tr>` : ''}
<tr><th>Platform / format</th><td>${a.platform} / ${a.format} (parser ${a.parserVersion})</td></tr>
<tr><th>Records</th><td>${n(a.records)} (${n(a.events)} timeline events, ${n(a.facts)} undated records), ${d(a.first)} – ${d(a.last)}</td></tr>
<tr><th>Files read</th><td>${n(a.coverage.parsed.length)} parsed, ${n(a.coverage.ignored.length)} ignored, ${n(a.coverage.unknown.length)} unknown, ${n(a.coverage.missing.length)} expected but missing, ${n(a.coverage.errors.length)} with errors</td></tr>
</tbody></table>
${a.coverage.unknown.length + a.coverage.missing.length + a.coverage.errors.length > 0 ? html`<ul class="small">
${a.coverage.unknown.map((u) => html`<li>Not read (unknown): <code>${u.member}</code></li>`)}
${a.coverage.missing.map((m) => html`<li>Expected but missing: <code>${m.member}</code> — ${m.reason}</li>`)}
${a.coverage.errors.map((e) => html`<li>Error: <code>${e.member}</code> — ${e.error}</li>`)}
</ul>` : ''}`)}
</section>`;
}

export function datasetsSection(doc: ReportDocument): Html {
  return html`<section id="datasets"><h2>Datasets and credits</h2>
${table(doc.datasets, [
    { head: 'Dataset', cell: (x) => x.name },
    { head: 'Data as of', cell: (x) => x.date },
    { head: 'Licence', cell: (x) => x.licence },
    { head: 'Credit', cell: (x) => html`${x.credit}${x.url ? html` <code>${x.url}</code>` : ''}` },
  ])}
<h3>Evidence grades</h3>
<table class="legend"><tbody>${GRADES.map((g) => html`<tr><td>Grade ${g}</td><td>${GRADE_WORDS[g]}</td></tr>`)}</tbody></table>
</section>`;
}

export function verifySection(doc: ReportDocument): Html {
  return html`<footer id="verify"><h2>Check this report</h2>
<p>${doc.reproducible}</p>
<p><code>whereabouts verify report.html ${doc.archives.map((a) => a.file).join(' ')}</code></p>
<p class="small">Made with ${doc.tool.name} ${doc.tool.version} (report schema ${doc.tool.reportSchema}; parsers ${doc.tool.parsers.map((p) => `${p.platform}/${p.format} ${p.parserVersion}`).join(', ') || 'none'}). Generated at ${t(doc.generatedAt)}.</p>
</footer>`;
}
