/** The readable form of the analyze document: what a person sees in a terminal. */
import type { AnalyzeDocument } from '../../shared/analyze';
import { findingStatement } from '../../shared/words/findings';
import { flagWords } from '../../shared/words/flags';
import { notReadSentence } from '../core/import/coverage';

const n = (x: number) => x.toLocaleString('en-US');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

export function summaryText(doc: AnalyzeDocument, dbPath: string): string {
  const out: string[] = [];
  out.push(`Whereabouts ${doc.tool.version} — database ${dbPath}`);
  for (const i of doc.imports) out.push(`  ${i.status.padEnd(16)} ${i.path}${i.message && i.status !== 'imported' ? `\n                   ${i.message}` : ''}`);
  if (doc.sources.length === 0) return out.join('\n');
  out.push('');
  for (const s of doc.sources) {
    const c = s.coverage;
    out.push(`Source: ${s.file} (${s.platform}, ${s.format}, parser ${s.parserVersion})`);
    out.push(`  SHA-256 ${s.sha256}`);
    out.push(`  ${n(s.events)} events, ${n(s.facts)} other records; files: ${c.parsed.length} parsed, ${c.ignored.length} ignored, ${c.unknown.length} unknown, ${c.missing.length} missing, ${c.errors.length} with errors`);
    const notRead = notReadSentence(c.notRead);
    if (notRead) {
      out.push(`  ${notRead}:`);
      for (const g of c.notRead.slice(0, 8)) out.push(`    ${g.member}  ${g.kind === 'key' ? `key ${g.what}` : g.what}  ×${n(g.count)}  (e.g. ${g.example || '/'})`);
      if (c.notRead.length > 8) out.push(`    … and ${c.notRead.length - 8} more (use --json: sources[].coverage.notRead)`);
    }
    if (c.unknown.length) out.push(`  ${c.unknown.length} file(s) not recognised; \`whereabouts shape\` describes them without their values, for a bug report`);
  }
  out.push('');
  out.push(`Timeline: ${n(doc.events.total)} events from ${day(doc.span.first)} to ${day(doc.span.last)}`);
  const kinds = Object.entries(doc.events.byKind).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  out.push(`  ${kinds.map(([k, v]) => `${k} ${n(v ?? 0)}`).join(' · ')}`);
  out.push('');
  out.push(`Who accessed the account: ${n(doc.access.logins)} sign-ins from ${n(doc.access.ips.length)} IP addresses`);
  for (const ip of doc.access.ips.slice(0, 12)) {
    const owner = ip.org ? `${ip.org}${ip.asn ? ` (AS${ip.asn})` : ''}` : 'unknown network';
    out.push(`  ${ip.ip.padEnd(40)} ${String(ip.country ?? '??').padEnd(3)} ${ip.networkKind.padEnd(9)} ${owner}  ×${ip.count}${ip.flagged ? '  ⚑' : ''}`);
  }
  if (doc.access.ips.length > 12) out.push(`  … and ${doc.access.ips.length - 12} more (use --json)`);
  for (const d of doc.access.devices.slice(0, 8)) out.push(`  device: ${[d.model, d.system].filter(Boolean).join(' ') || '(identifiers only)'}  ×${d.count}`);
  if (doc.access.advertisers.length) out.push(`  advertisers / data partners: ${doc.access.advertisers.length}`);
  if (doc.access.offPlatform.length) out.push(`  off-platform sources: ${doc.access.offPlatform.map((o) => o.source).slice(0, 6).join(', ')}${doc.access.offPlatform.length > 6 ? ', …' : ''}`);
  if (doc.flags.length) {
    out.push('');
    out.push('Flags:');
    for (const f of doc.flags) out.push(`  ⚑ ${flagWords(f).title}`);
  }
  out.push('');
  out.push(`Where the data was served from: ${n(doc.hosts.length)} hosts`);
  for (const h of doc.hosts.slice(0, 12)) out.push(`  [${h.grade}] ${h.host.padEnd(44)} ×${h.count}  ${h.location.label}`);
  if (doc.findings.length) {
    out.push('');
    out.push('Findings:');
    for (const f of doc.findings) out.push(`  [${f.grade}] ${findingStatement(f)}`);
  }
  out.push('');
  out.push('Datasets: ' + doc.datasets.map((d) => `${d.name} (${d.date}, ${d.licence})`).join('; '));
  out.push('Grades: A stated by the platform · B documented naming · C network ownership · D IP country (two datasets agree) · E CDN edge · F inferred token · G unknown');
  return out.join('\n');
}
