/**
 * The contract's claims and report channels over a profile: `claims.templates`,
 * `claims.evaluate`, `report.build`, `report.pdf`. Requests are validated here (they cross a
 * transport, through the schema gate of api/validate.ts); the work is in claims/ and report/.
 *
 * `report.pdf`: in serve mode the server prints through a local headless Chromium when
 * playwright-core and Chromium are present (the `whereabouts serve` machine is the user's own);
 * otherwise it answers ApiError 'unsupported' and the UI offers HTML instead. The Electron app
 * replaces this handler with one that prints in a hidden window (electron/main/report-pdf.ts).
 */
import { isKnownZone, withDisplayZone } from './report-document';
import type { ClaimsRequest } from '../../../shared/api';
import { CLAIM_TEMPLATES } from '../../../shared/claim-templates';
import { parseClaims, type Claim } from '../../../shared/claims';
import type { DatasetCredit } from '../../../shared/domain';
import { ApiError, type Handlers } from '../api/types';
import type { EvidenceKit } from '../evidence/load';
import type { Db } from '../store/db';
import { listSources } from '../store/queries/sources';
import { buildReportSteps, claimSteps, evaluateInProfileSteps, nowIso, reportSteps } from './build';
import { renderReportHtml } from './html/render';
import { htmlToPdf, PdfUnavailableError } from './pdf';
import { reportJson } from './report-document';
import { ReportFormatError, verifyInProfile } from './verify';
import { WorkRegistry, type Emit } from './work';
import { redactReport } from '../redact/report';

/** Function properties, not methods: they are passed on unbound (`kit: d.kit`). */
export interface ReportHandlerDeps {
  db: () => Db;
  datasets: DatasetCredit[];
  kit: () => EvidenceKit;
  transport: 'electron' | 'serve';
  /** Injectable for tests; defaults to the playwright-core path. */
  printPdf?: (html: string) => Promise<Buffer>;
  now?: () => string;
  /** Sends `work.progress` (the core's event emitter); without it work still runs in steps, silently. */
  emitProgress?: Emit;
}

type ReportChannels = 'claims.templates' | 'claims.evaluate' | 'report.build' | 'report.pdf' | 'report.verify' | 'work.cancel';

/** The gate checked each entry against the claims schema; this resolves them and checks ids are unique. */
function claimsOf(req: ClaimsRequest): Claim[] {
  const parsed = parseClaims(req.claims, CLAIM_TEMPLATES);
  if (!parsed.ok) throw new ApiError('bad-request', `The claims are not valid: ${parsed.errors.map((e) => e.replace(/^\$\.claims/, 'claims')).join('; ')}`);
  return parsed.value;
}

function sourceIdsOf(db: Db, req: ClaimsRequest): number[] {
  const all = listSources(db).map((s) => s.id);
  if (req.sourceIds === undefined) return all;
  const unknown = req.sourceIds.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    throw new ApiError('not-found', `sourceIds: no source with id ${unknown.join(', ')} in this profile.`, { issues: [{ path: 'sourceIds', message: 'must list sources of this profile' }] });
  }
  return [...new Set(req.sourceIds)].sort((a, b) => a - b);
}

/** The report's display zone: a name the runtime knows, else a bad request naming the field. */
function displayZoneOf(req: ClaimsRequest): string | undefined {
  if (req.timeZone === undefined) return undefined;
  if (!isKnownZone(req.timeZone)) {
    throw new ApiError('bad-request', `timeZone: "${req.timeZone}" is not a time zone name this computer knows (for example Europe/Berlin or UTC).`, { issues: [{ path: 'timeZone', message: 'must be an IANA time zone name' }] });
  }
  return req.timeZone;
}

/** `whereabouts-report-2026-11-28.html`; a redacted one `whereabouts-report-2026-11-28-redacted.html` (so it is not mistaken for the full one). */
export function reportFilename(generatedAt: string, ext: 'html' | 'json' | 'pdf', redacted = false): string {
  return `whereabouts-report-${generatedAt.slice(0, 10)}${redacted ? '-redacted' : ''}.${ext}`;
}

export function createReportHandlers(d: ReportHandlerDeps): Pick<Handlers, ReportChannels> {
  const now = d.now ?? nowIso;
  const work = new WorkRegistry();
  const build = async (req: ClaimsRequest & { redact?: boolean }) => {
    const db = d.db();
    const sourceIds = sourceIdsOf(db, req);
    if (sourceIds.length === 0) throw new ApiError('no-data', 'There is nothing to report on yet: import an export first.');
    const claims = claimsOf(req);
    const zone = displayZoneOf(req);
    const doc = await work.run(req.requestId, 'report', reportSteps(claims.length), d.emitProgress, (w) =>
      buildReportSteps({ db, datasets: d.datasets, kit: d.kit }, { sourceIds, claims, generatedAt: now() }, w));
    const shown = withDisplayZone(doc, zone);
    // Redaction last, as verify.ts does it: the same document gives the same bytes.
    return req.redact === true ? redactReport(shown) : shown;
  };
  return {
    'claims.templates': async () => [...CLAIM_TEMPLATES],
    'claims.evaluate': async (req) => {
      const db = d.db();
      const sourceIds = sourceIdsOf(db, req);
      const claims = claimsOf(req);
      return work.run(req.requestId, 'claims', claimSteps(claims.length), d.emitProgress, (w) =>
        evaluateInProfileSteps({ db, datasets: d.datasets, kit: d.kit }, sourceIds, claims, w));
    },
    'work.cancel': async (req) => ({ cancelled: work.cancel(req.requestId) }),
    'report.build': async (req) => {
      const doc = await build(req);
      return req.format === 'json'
        ? { filename: reportFilename(doc.generatedAt, 'json', doc.redacted), content: reportJson(doc) }
        : { filename: reportFilename(doc.generatedAt, 'html', doc.redacted), content: renderReportHtml(doc) };
    },
    'report.verify': async (req) => {
      try {
        return verifyInProfile({ db: d.db(), datasets: d.datasets, kit: d.kit }, req.text);
      } catch (err) {
        // Not a report (or one whose embedded document is damaged): the reader's file, not a fault.
        if (err instanceof ReportFormatError) throw new ApiError('bad-request', err.message);
        throw err;
      }
    },
    'report.pdf': async (req) => {
      if (d.transport === 'electron' && !d.printPdf) throw new ApiError('unsupported', 'PDF export is done by the app window; this build did not register it.');
      const doc = await build(req);
      try {
        const pdf = await (d.printPdf ?? htmlToPdf)(renderReportHtml(doc));
        return { filename: reportFilename(doc.generatedAt, 'pdf', doc.redacted), base64: pdf.toString('base64') };
      } catch (err) {
        if (err instanceof PdfUnavailableError) throw new ApiError('unsupported', `${err.message} (In browser mode, save the HTML report and use the browser's Print → Save as PDF.)`);
        throw err;
      }
    },
  };
}
