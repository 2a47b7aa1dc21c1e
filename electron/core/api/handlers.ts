/**
 * The contract's handlers over a profile database. Thin: each one calls a query module; the
 * only logic here is which module, and the profile-level operations (erase, remove).
 */
import { profileTotals } from '../store/queries/workshop';
import { shapeOfSource } from './shape-handler';
import { existsSync } from 'node:fs';
import type { Credits, EraseOutcome, ProfileInfo, WorkProgress } from '../../../shared/api';
import type { Evidence } from '../analysis/evidence';
import { storedDataVersion } from '../analysis/refresh-state';
import { loadEvidenceKit, type EvidenceKit } from '../evidence/load';
import type { ImportJobs } from '../import/jobs';
import { samplePath } from '../resources';
import { createReportHandlers } from '../report/api-handlers';
import { tableCsv } from '../report/csv';
import type { Db } from '../store/db';
import { accessSummary } from '../store/queries/access';
import { listMembers, listSources, removeSource, sourceCoverage, statsSummary } from '../store/queries/sources';
import { eventDetail, histogram, timelinePage } from '../store/queries/timeline';
import { whereSummary } from '../store/queries/where';
import { locationRecords } from '../store/queries/locations';
import { presenterMode, readDisplaySettings, writeDisplaySettings } from '../store/settings';
import { ApiError, type CoreOptions, type Handlers } from './types';
import { removeUploads } from './uploads';
import type { GroupedJobs } from './grouped-jobs';
import { dbFileBytes } from './profiles';
import { createWorkshopHandlers } from './workshop-handlers';

/** The profile-level channels: answered by core.ts, which can close one profile and open another. */
export type ProfilesChannel = 'profiles.list' | 'profiles.create' | 'profiles.switch' | 'profiles.erase';
export type ProfileHandlers = Omit<Handlers, ProfilesChannel>;

export interface HandlerDeps {
  opts: CoreOptions;
  db: () => Db;
  evidence: Evidence;
  /** The evidence kit behind `evidence`; loaded on first use when not given (claims over part of a profile). */
  kit?: EvidenceKit;
  jobs: ImportJobs;
  version: string;
  resourcesDir: string;
  /** Removes the profile's files (eraseProfile: database, -wal/-shm/-journal, uploads, temp) and opens a fresh database. */
  eraseProfile(): EraseOutcome;
  /** The current profile's name; null for a database outside a profiles folder. */
  profileName(): string | null;
  /** Import jobs answered under one id (a persona's exports). */
  grouped: GroupedJobs;
  /** Sends `work.progress` events (claims and reports in steps). */
  emitProgress?: (p: WorkProgress) => void;
}

export const OFFLINE_PROMISES: readonly string[] = [
  'Whereabouts never opens a network connection: everything is computed on this computer.',
  'The app window may only load its own files (app:// in the desktop app, 127.0.0.1 in browser mode); every other request is cancelled and recorded.',
  'A Content-Security-Policy of default-src \'none\' stops pages from contacting any server.',
  'DNS lookups are disabled inside the app (host-resolver-rules), as are background networking, updates, crash reports and the spell-checker.',
  'IP addresses are looked up in datasets shipped with the app; no address is ever sent anywhere.',
  'Links found in your export (media, profile photos) are analysed as text and never opened.',
];

export function createHandlers(d: HandlerDeps): ProfileHandlers {
  const info = (): ProfileInfo => {
    const db = d.db();
    const totals = profileTotals(db);
    const dbBytes = dbFileBytes(d.opts.dbPath);
    return {
      version: d.version,
      transport: d.opts.transport,
      dbPath: d.opts.dbPath,
      dbBytes,
      // Complete sources only: an import under way is not visible yet (schema migration 10).
      sources: totals.sources,
      events: totals.events,
      sampleAvailable: existsSync(samplePath(d.resourcesDir)),
      // Electron's main process answers dialog.openExport with the system picker; serve cannot.
      nativeDialog: d.opts.transport === 'electron',
      profile: d.profileName(),
      // The renderer shows the presenter banner from the first paint (the core redacts regardless).
      presenter: presenterMode(db),
    };
  };
  let kit = d.kit;
  const getKit = (): EvidenceKit => (kit ??= loadEvidenceKit(d.resourcesDir));
  const requireIdle = (what: string) => {
    if (d.jobs.busy) throw new ApiError('busy', `An import is running; cancel it or wait before you ${what}.`);
  };
  return {
    'profile.info': async () => info(),
    // Requests arrive checked by the schema gate (./validate.ts): `confirm` is the exact phrase,
    // ids are whole numbers, paths a non-empty list of texts.
    'profile.erase': async () => {
      requireIdle('erase everything');
      // eraseProfile removes the database files and the profile's uploads and temp copies
      // (tmp/, uploads/); an upload folder set elsewhere is emptied here too.
      const erased = d.eraseProfile();
      if (d.opts.tempDir) erased.removed.push(...removeUploads(d.opts.tempDir));
      return { info: info(), erased };
    },
    'sources.list': async () => listSources(d.db()),
    'sources.members': async (req) => listMembers(d.db(), req.sourceId),
    'sources.coverage': async (req) => sourceCoverage(d.db(), req.sourceId),
    'sources.shape': async (req) => shapeOfSource(d.db(), req.sourceId),
    'sources.remove': async (req) => {
      requireIdle('remove a source');
      if (!removeSource(d.db(), req.sourceId, d.evidence.analyse)) throw new ApiError('not-found', `No source with id ${req.sourceId}.`);
      return info();
    },
    'dialog.openExport': async () => ({ paths: null }),
    'import.start': async (req) => {
      return { jobId: d.jobs.start({ paths: req.paths }) };
    },
    'import.sample': async () => {
      const p = samplePath(d.resourcesDir);
      if (!existsSync(p)) throw new ApiError('no-sample', 'The sample export is not bundled with this build (run npm run build).');
      return { jobId: d.jobs.start({ paths: [p] }) };
    },
    'import.cancel': async (req) => ({ cancelled: d.grouped.has(req.jobId) ? d.grouped.cancel(req.jobId) : d.jobs.cancel(req.jobId) }),
    'stats.summary': async (req) => statsSummary(d.db(), req.sourceIds),
    'timeline.histogram': async (req) => histogram(d.db(), req),
    'timeline.page': async (req) => timelinePage(d.db(), req),
    'timeline.event': async (req) => eventDetail(d.db(), req.id),
    'access.summary': async (req) => accessSummary(d.db(), d.evidence.datasets, req.sourceIds),
    'where.summary': async (req) => whereSummary(d.db(), d.evidence.datasets, req.sourceIds),
    'where.locations': async (req) => locationRecords(d.db(), req.sourceIds),
    'settings.get': async () => ({ display: readDisplaySettings(d.db()) }),
    'settings.set': async (req) => ({ display: writeDisplaySettings(d.db(), req.display) }),
    'credits.list': async (): Promise<Credits> => ({
      datasets: d.evidence.datasets, offline: [...OFFLINE_PROMISES],
      dataVersion: d.evidence.dataVersion(), profileDataVersion: storedDataVersion(d.db())?.id ?? null,
    }),
    'export.csv': async (req) => tableCsv(d.db(), req.table, req.filter, req.sourceIds, d.evidence.datasets, req.timeZone),
    ...createWorkshopHandlers({ db: d.db, resourcesDir: d.resourcesDir, startGroup: (exports) => d.grouped.start(exports) }),
    ...createReportHandlers({ db: d.db, datasets: d.evidence.datasets, kit: getKit, transport: d.opts.transport, emitProgress: d.emitProgress }),
  };
}
