/**
 * `whereabouts verify report.json|report.html <paths>...`: re-imports the archives into a fresh
 * temporary database, recomputes the report with the report's own claims, tool version and
 * generatedAt, and says whether it matches — per archive, per section, overall. Exit 0 MATCH,
 * 1 MISMATCH (or an unreadable report / failed import), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CLAIM_TEMPLATES } from '../../shared/claim-templates';
import { parseClaims } from '../../shared/claims';
import type { ReportDocument } from '../../shared/report';
import { evidenceFromKit, type Evidence } from '../core/analysis/evidence';
import { loadEvidenceKit, type EvidenceKit } from '../core/evidence/load';
import { buildReport } from '../core/report/build';
import { withDisplayZone } from '../core/report/report-document';
import { redactReport } from '../core/redact/report';
import { compareReports, type SectionResult } from '../core/report/compare';
import { readReport, ReportFormatError } from '../core/report/extract';
import { renderReportHtml } from '../core/report/html/render';
import { defaultResourcesDir } from '../core/resources';
import { VERSION } from '../core/version';
import { ArgsError, boolOpt, parseArgs } from './args';
import { processIo, type CliIo, type Command } from './command';
import { importArchives, openWorkDb, type ImportedArchive } from './report-inputs';

export const VERIFY_USAGE = `Usage: whereabouts verify <report.json | report.html> <export.zip | folder | parts>...

Re-imports the exports into a fresh temporary database, recomputes the report with the report's
own claims, tool version and generatedAt, and compares: each archive (is its SHA-256 in the
report?), each section (claims and verdicts, findings, flags, access, hosts, …) and, for an HTML
report, the page itself. Prints MATCH or MISMATCH.

Exit codes: 0 MATCH; 1 MISMATCH, an unreadable report or a failed import; 2 usage error.`;

interface Recomputed { doc: ReportDocument; imported: ImportedArchive[] }

async function recompute(paths: string[][], report: ReportDocument, evidence: Evidence, kit: EvidenceKit, io: CliIo): Promise<Recomputed | null> {
  const work = openWorkDb(undefined);
  try {
    const imported = await importArchives(work.db, paths.flat(), evidence, io, true);
    if (imported.some((i) => i.failure !== null)) return null;
    const sourceIds = [...new Set(imported.map((i) => i.sourceId).filter((id): id is number => id !== null))];
    const parsed = parseClaims(report.claims, CLAIM_TEMPLATES);
    if (!parsed.ok) throw new ReportFormatError(`The report's claims are not valid: ${parsed.errors.join('; ')}`);
    // With the report's own display zone: its HTML shows times in it (the JSON stays UTC).
    const full = withDisplayZone(buildReport({ db: work.db, datasets: evidence.datasets, kit: () => kit }, {
      sourceIds, claims: parsed.value, generatedAt: report.generatedAt, version: report.tool.version,
    }), report.timeZone);
    // A redacted report (--redact, presenter mode) is compared with the recomputation redacted the same way.
    const doc = report.redacted === true ? redactReport(full) : full;
    return { doc, imported };
  } finally {
    work.close();
  }
}

/** The archive groups in the report's order (so records tie-break the same way), unknown ones last. */
function inReportOrder(imported: readonly ImportedArchive[], report: ReportDocument): string[][] {
  const rank = (sha: string | null): number => {
    const i = report.archives.findIndex((a) => a.sha256 === sha);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...imported].sort((a, b) => rank(a.sha256) - rank(b.sha256)).map((i) => i.paths);
}

function printSection(io: CliIo, s: SectionResult): void {
  io.out(`  ${s.match ? 'match   ' : 'MISMATCH'}  ${s.section}`);
  for (const d of s.differences) io.out(`              ${d}`);
  if (s.more > 0) io.out(`              … and ${s.more} more`);
}

export function createVerifyCommand(io: CliIo = processIo): Command {
  return {
    name: 'verify',
    summary: 'Check a report against the exports it names: recompute it and compare (MATCH / MISMATCH)',
    usage: VERIFY_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { quiet: { type: 'boolean' } });
      const [reportPath, ...paths] = args.positionals;
      if (reportPath === undefined || paths.length === 0) throw new ArgsError('Give the report file, then the exports it was made from.');
      void boolOpt(args, 'quiet', false);
      let text: string;
      try {
        // A byte-order mark (added by some editors and downloaders) is not part of the report.
        text = readFileSync(resolve(reportPath), 'utf8').replace(/^\uFEFF/, '');
      } catch (err) {
        io.err(`Cannot read ${reportPath}: ${err instanceof Error ? err.message : String(err)}`);
        return 1;
      }
      let report: ReportDocument;
      let kind: 'json' | 'html';
      try {
        ({ doc: report, kind } = readReport(text));
      } catch (err) {
        io.err(err instanceof Error ? err.message : String(err));
        return 1;
      }

      io.out(`Report: ${basename(reportPath)} (${kind.toUpperCase()}), made by ${report.tool.name} ${report.tool.version}, generated at ${report.generatedAt}`);
      if (report.tool.version !== VERSION) {
        io.out(`Warning: this report was made by ${report.tool.name} ${report.tool.version}; this is ${VERSION}. Differences may come from the tool having changed, not from the report having been altered.`);
      }

      const kit = loadEvidenceKit(defaultResourcesDir());
      const evidence = evidenceFromKit(kit);
      let result: Recomputed | null;
      try {
        result = await recompute(paths.map((p) => [p]), report, evidence, kit, io);
        // Records that tie on time are ordered by import order: redo it in the report's order if needed.
        if (result !== null) {
          const order = inReportOrder(result.imported, report);
          if (order.map((g) => g.join('\n')).join('\0') !== result.imported.map((i) => i.paths.join('\n')).join('\0')) {
            result = await recompute(order, report, evidence, kit, io);
          }
        }
      } catch (err) {
        if (err instanceof ReportFormatError) {
          io.err(err.message);
          return 1;
        }
        throw err;
      }
      if (result === null) {
        io.out('Overall: MISMATCH (an export could not be imported)');
        return 1;
      }

      let ok = true;
      io.out('Archives:');
      const given = new Set<string>();
      for (const a of result.imported) {
        const inReport = report.archives.find((r) => r.sha256 === a.sha256);
        if (a.sha256) given.add(a.sha256);
        if (inReport) io.out(`  match     ${a.label}  SHA-256 ${a.sha256} is in the report (as ${inReport.file})`);
        else {
          ok = false;
          io.out(`  MISMATCH  ${a.label}  SHA-256 ${a.sha256 ?? '?'} is not in the report`);
        }
      }
      for (const r of report.archives) {
        if (!given.has(r.sha256)) {
          ok = false;
          io.out(`  MISSING   ${r.file}  SHA-256 ${r.sha256} is in the report but was not given`);
        }
      }

      io.out('Sections:');
      for (const s of compareReports(report, result.doc)) {
        if (!s.match) ok = false;
        printSection(io, s);
      }
      if (kind === 'html') {
        const same = renderReportHtml(result.doc) === text;
        if (!same) ok = false;
        io.out(`  ${same ? 'match   ' : 'MISMATCH'}  html page (${same ? 'the visible page is exactly what these archives give' : 'the visible page is not what these archives give'})`);
      }
      io.out(`Overall: ${ok ? 'MATCH' : 'MISMATCH'}`);
      return ok ? 0 : 1;
    },
  };
}
