/**
 * `whereabouts report <paths> (--claims FILE | --template NAME) --out report.html|.json|.pdf
 *  [--db PATH] [--generated-at ISO]`: import the exports, test the claims, write a reproducible
 * report. Same archives + claims + version + --generated-at → byte-identical JSON and HTML.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, extname, resolve } from 'node:path';
import { evidenceFromKit } from '../core/analysis/evidence';
import { loadEvidenceKit } from '../core/evidence/load';
import { buildReport, nowIso, parseGeneratedAt } from '../core/report/build';
import { renderReportHtml } from '../core/report/html/render';
import { htmlToPdf, PdfUnavailableError } from '../core/report/pdf';
import { isKnownZone, reportJson, withDisplayZone } from '../core/report/report-document';
import { defaultResourcesDir } from '../core/resources';
import { ArgsError, boolOpt, parseArgs, stringOpt } from './args';
import { processIo, type CliIo, type Command } from './command';
import { claimsFromArgs, ClaimsFileError, importArchives, openWorkDb } from './report-inputs';
import { PERSONA_OPTION, personaPathsFromArgs } from './persona-command';
import { chosenDb, PROFILE_OPTION } from './profile-option';
import { markSynthetic } from '../core/personas/synthetic';
import { redactReport } from '../core/redact/report';

export const REPORT_USAGE = `Usage: whereabouts report <export.zip | folder | part-001.zip part-002.zip>... (--claims FILE | --template NAME)
                          --out report.html|report.json|report.pdf [--db PATH] [--generated-at ISO] [--time-zone ZONE] [--persona ID] [--redact]

Imports the exports, tests each claim against them and writes a report that cites every conclusion
(archive SHA-256, member, pointer). The same archives, claims and version give a byte-identical
report; only generatedAt differs between runs (fix it with --generated-at).

  --claims FILE        claims to test (JSON, see docs/claims-and-reports.md)
  --template NAME      a built-in claim (repeatable): tiktok-us-data-oracle, tiktok-eea-data-clover,
                       no-datacenter-logins, only-my-devices, no-third-party-apps,
                       login-history-max-days, export-contains-logins-devices-advertisers
  --out FILE           .html (self-contained, opens offline), .json, or .pdf (needs Chromium)
  --db PATH            keep the imports in this profile database (default: a temporary one)
  --profile NAME       keep them in the app's profile NAME instead
  --generated-at ISO   the generatedAt value, e.g. 2026-01-01T00:00:00Z (default: now)
  --time-zone ZONE     show times in the HTML/PDF in this zone, e.g. Europe/Berlin (default: UTC; the JSON stays UTC)
  --persona ID         also import a synthetic workshop persona's exports (whereabouts persona list);
                       repeatable, and enough on its own
  --redact             leave out exact IP addresses, names, handles, message/comment/search texts,
                       identifiers and the data in paths (labels instead; for a projector or to share);
                       verify recomputes the full report, redacts it the same way and compares
  --quiet              no progress on stderr

Check a report later with: whereabouts verify report.html <the same exports>
Exit codes: 0 written; 1 an export failed, the claims are invalid or PDF is unavailable; 2 usage error.`;

const FORMATS = ['.html', '.json', '.pdf'] as const;
type Format = (typeof FORMATS)[number];

export function createReportCommand(io: CliIo = processIo): Command {
  return {
    name: 'report',
    summary: 'Test claims against exports and write a reproducible, verifiable report (HTML, JSON, PDF)',
    usage: REPORT_USAGE,
    async run(argv) {
      const args = parseArgs(argv, {
        claims: { type: 'string' }, template: { type: 'string', multiple: true }, out: { type: 'string', short: 'o' },
        db: { type: 'string' }, 'generated-at': { type: 'string' }, 'time-zone': { type: 'string' }, quiet: { type: 'boolean' }, redact: { type: 'boolean' }, ...PERSONA_OPTION, ...PROFILE_OPTION,
      });
      const resourcesDir = defaultResourcesDir();
      const personaPaths = personaPathsFromArgs(args, resourcesDir);
      const paths = [...args.positionals, ...personaPaths];
      if (paths.length === 0) throw new ArgsError('Give at least one export (a .zip, a folder, or the parts of a split export), or --persona ID.');
      const out = stringOpt(args, 'out');
      if (out === undefined) throw new ArgsError('Give --out report.html, report.json or report.pdf.');
      const format = extname(out).toLowerCase() as Format;
      if (!FORMATS.includes(format)) throw new ArgsError(`--out must end in .html, .json or .pdf, got "${basename(out)}".`);
      const givenAt = stringOpt(args, 'generated-at');
      const generatedAt = givenAt === undefined ? nowIso() : parseGeneratedAt(givenAt);
      if (generatedAt === null) throw new ArgsError(`--generated-at must be an ISO-8601 UTC time like 2026-01-01T00:00:00Z, got "${givenAt}".`);
      const timeZone = stringOpt(args, 'time-zone');
      if (timeZone !== undefined && !isKnownZone(timeZone)) throw new ArgsError(`--time-zone must be a time zone name like Europe/Berlin or UTC, got "${timeZone}".`);
      let claims;
      try {
        claims = claimsFromArgs(args);
      } catch (err) {
        if (err instanceof ClaimsFileError) {
          io.err(err.message);
          return 1;
        }
        throw err;
      }
      const quiet = boolOpt(args, 'quiet', false) || !process.stderr.isTTY;

      const kit = loadEvidenceKit(resourcesDir);
      const evidence = evidenceFromKit(kit);
      const work = openWorkDb(chosenDb(args)?.dbPath);
      try {
        const imported = await importArchives(work.db, paths, evidence, io, quiet);
        if (imported.some((i) => i.failure !== null)) return 1;
        for (const i of imported) {
          if (i.sourceId !== null && i.paths.every((p) => personaPaths.includes(p))) markSynthetic(work.db, [i.sourceId]);
        }
        const sourceIds = [...new Set(imported.map((i) => i.sourceId).filter((id): id is number => id !== null))];
        const full = withDisplayZone(buildReport({ db: work.db, datasets: evidence.datasets, kit: () => kit }, { sourceIds, claims, generatedAt }), timeZone);
        // Redaction last, as the app and verify do it: the same exports give the same bytes.
        const doc = boolOpt(args, 'redact', false) ? redactReport(full) : full;
        const html = format === '.json' ? null : renderReportHtml(doc);
        let bytes: Buffer;
        if (format === '.json') bytes = Buffer.from(reportJson(doc), 'utf8');
        else if (format === '.html') bytes = Buffer.from(html ?? '', 'utf8');
        else {
          try {
            bytes = await htmlToPdf(html ?? '');
          } catch (err) {
            if (err instanceof PdfUnavailableError) {
              io.err(err.message);
              return 1;
            }
            throw err;
          }
        }
        const target = resolve(out);
        writeFileSync(target, bytes);
        for (const v of doc.verdicts) io.out(`${v.verdict.padEnd(13)} ${v.claimId}: ${v.headline}`);
        io.out(`Wrote ${target} (${bytes.length} bytes, SHA-256 ${createHash('sha256').update(bytes).digest('hex')}).`);
        return 0;
      } finally {
        work.close();
      }
    },
  };
}
