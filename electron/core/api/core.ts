/**
 * createCore: the profile database, the evidence datasets, the import job queue and the
 * handlers (behind the request-schema gate, ./validate.ts), wired once. Both transports
 * (Electron IPC, loopback serve) and the tests use this.
 *
 * Profiles: given `profilesDir` and a `dbPath` of `<profilesDir>/<name>/whereabouts.db`, the core
 * can close its profile and open another (`profiles.switch`). What belongs to one profile — the
 * database, the import jobs, the upload copies and their folder — is a session; the evidence kit
 * and the event stream outlive it. A switch is refused while an import or a claims/report run
 * works, so no job ever writes to a profile that is no longer open.
 */
import { EventEmitter } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ApiEvents, Channel, EraseOutcome, EventName } from '../../../shared/api';
import { evidenceFromKit } from '../analysis/evidence';
import { eraseProfile } from '../erase/erase-profile';
import { loadEvidenceKit } from '../evidence/load';
import { ImportJobs, type ImportRunner } from '../import/jobs';
import { markBundledSynthetic, markSynthetic } from '../personas/synthetic';
import { inProcessRunner, workerRunner } from '../import/runners';
import { defaultResourcesDir } from '../resources';
import { openDb, type Db } from '../store/db';
import { VERSION } from '../version';
import { GroupedJobs } from './grouped-jobs';
import { createHandlers, type ProfileHandlers } from './handlers';
import { createProfileHandlers } from './profile-handlers';
import { profileDbPath, profilesRootOf, type ProfilesRoot } from './profiles';
import { ApiError, type Core, type CoreOptions } from './types';
import { gateHandlers } from './validate';
import { presenterHandlers, presenterListener } from './presenter';
import { Labels } from '../redact';
import { presenterMode } from '../store/settings';

export interface CreateCoreOptions extends CoreOptions {
  /** Run imports in this process instead of a worker thread (CLI, unit tests). */
  inProcess?: boolean;
  /** The built worker file; defaults to `import-worker.js` beside this bundle. */
  workerFile?: string;
}

/** Long work on the profile (steps with pauses): a switch waits for none of it, it is refused. */
const HEAVY: readonly Channel[] = ['claims.evaluate', 'report.build', 'report.pdf', 'report.verify', 'aggregate.make', 'letter.compose'];

interface Session {
  dbPath: string;
  tempDir: string | undefined;
  db: Db;
  jobs: ImportJobs;
  handlers: ProfileHandlers;
  /** Closes the database (jobs must be idle: a switch checks first; close() waits for them). */
  closeNow(): void;
}

export async function createCore(opts: CreateCoreOptions): Promise<Core> {
  const resourcesDir = opts.resourcesDir ?? defaultResourcesDir();
  // One kit for imports' enrichment and for re-analysing part of the profile (claims, reports).
  const kit = loadEvidenceKit(resourcesDir);
  const evidence = evidenceFromKit(kit);
  const emitter = new EventEmitter();
  const emit = <E extends EventName>(e: E, p: ApiEvents[E]) => emitter.emit(e, p);

  let root: ProfilesRoot | null = profilesRootOf(opts.dbPath, opts.profilesDir);
  // The temp/upload folder is per profile when it sits in the profile folder (tmp/, uploads/,
  // as erase-profile.ts expects): after a switch it is the same folder of the other profile.
  const tempSub = opts.tempDir !== undefined && isInside(dirname(opts.dbPath), opts.tempDir) ? relative(dirname(resolve(opts.dbPath)), resolve(opts.tempDir)) : null;
  const tempFor = (dbPath: string): string | undefined => (opts.tempDir === undefined ? undefined : tempSub !== null ? join(dirname(dbPath), tempSub) : opts.tempDir);
  let heavy = 0;

  const openSession = (dbPath: string): Session => {
    const tempDir = tempFor(dbPath);
    let db: Db = openDb(dbPath);
    // A migration may have dropped the derived findings and flags (schema 9): rebuild them now.
    evidence.analyseIfStale(db);
    const runner: ImportRunner = opts.inProcess
      ? inProcessRunner(dbPath, evidence)
      : workerRunner(opts.workerFile ?? builtWorkerFile(), dbPath, resourcesDir);
    // Browser-mode uploads are private copies of the person's export (possibly tens of GB): once
    // their import has ended, imported or not, the copy goes. The SHA-256 in the source row is
    // what cites the archive; the person keeps their original.
    const uploadsByJob = new Map<string, string[]>();
    const removeUploads = (jobId: string) => {
      for (const p of uploadsByJob.get(jobId) ?? []) {
        const folder = dirname(p);
        if (tempDir !== undefined && isInside(tempDir, folder) && basename(folder).startsWith('upload-')) rmSync(folder, { recursive: true, force: true });
      }
      uploadsByJob.delete(jobId);
    };
    const personaJobs = new Set<string>();
    // eslint-disable-next-line prefer-const -- assigned once below; the jobs' callbacks need it first
    let grouped: GroupedJobs;
    const jobs = new ImportJobs(runner, (p) => emit('import.progress', grouped.progress(p)), (r) => {
      removeUploads(r.jobId);
      // The bundled sample and personas are synthetic, however they were imported (button, path):
      // recognised by content, before the UI hears the import is done and lists the source.
      if (r.status === 'imported' || r.status === 'already-imported') markBundledSynthetic(db, resourcesDir);
      const done = grouped.done(r);
      if (done === null) return; // more of the group to come
      // A persona's sources are synthetic by where they came from, whatever their bytes.
      if (personaJobs.delete(done.jobId) && done.sourceIds.length > 0) markSynthetic(db, done.sourceIds);
      emit('import.done', done);
    });
    grouped = new GroupedJobs(jobs);

    const eraseFiles = (): EraseOutcome => {
      db.close();
      try {
        // A profile's own folder goes too when nothing else is in it (it is made again just below).
        return eraseProfile(dbPath, root === null ? {} : { ownFolder: true });
      } finally {
        db = openDb(dbPath);
      }
    };
    const base = createHandlers({
      opts: { ...opts, dbPath, tempDir },
      db: () => db,
      evidence,
      kit,
      jobs,
      grouped,
      version: VERSION,
      resourcesDir,
      eraseProfile: eraseFiles,
      profileName: () => root?.current ?? null,
      emitProgress: (p) => emit('work.progress', p),
    });
    const handlers: ProfileHandlers = {
      ...base,
      'import.start': async (req) => {
        const res = await base['import.start'](req);
        if (tempDir !== undefined) uploadsByJob.set(res.jobId, req.paths.filter((p) => isInside(tempDir, p)));
        return res;
      },
      'import.persona': async (req) => {
        const res = await base['import.persona'](req);
        personaJobs.add(res.jobId);
        return res;
      },
    };
    return {
      dbPath,
      tempDir,
      get db() {
        return db;
      },
      jobs,
      handlers,
      closeNow: () => db.close(),
    };
  };

  let session = openSession(opts.dbPath);

  const busyReason = (): string | null => {
    if (session.jobs.busy) return 'An import is running; cancel it or wait before you';
    if (heavy > 0) return 'Claims are being tested or a report written; stop it or wait before you';
    return null;
  };
  const requireIdle = (what: string) => {
    const why = busyReason();
    if (why !== null) throw new ApiError('busy', `${why} ${what}.`);
  };

  const profiles = createProfileHandlers({
    root: () => root,
    db: () => session.db,
    switchTo: async (name) => {
      if (root === null) throw new ApiError('unsupported', 'Switching profiles is off for a database opened by its path.');
      if (name !== root.current) {
        requireIdle('switch profiles');
        const previous = session;
        previous.closeNow();
        try {
          session = openSession(profileDbPath(root.dir, name));
          root = { ...root, current: name };
        } catch (err) {
          // The other profile cannot be opened (newer, locked, damaged): stay where we were.
          session = openSession(previous.dbPath);
          throw err;
        }
      }
      return session.handlers['profile.info']({});
    },
    eraseCurrent: async () => {
      requireIdle('erase everything');
      return (await session.handlers['profile.erase']({ confirm: 'erase everything' })).erased;
    },
  });

  // Presenter mode is the open profile's display setting, read on every call; labels last the core's lifetime.
  const presenterOn = (): boolean => presenterMode(session.db);
  const labels = new Labels();

  // Every call goes to the profile open at the time of the call.
  const handlers = Object.fromEntries(
    (Object.keys(session.handlers) as Channel[]).map((channel) => {
      const call = async (req: unknown): Promise<unknown> => {
        const h = session.handlers[channel as keyof ProfileHandlers] as (r: unknown) => Promise<unknown>;
        if (channel === 'profile.erase' || channel === 'sources.remove') requireIdle(channel === 'profile.erase' ? 'erase everything' : 'remove a source');
        if (!HEAVY.includes(channel)) return h(req);
        heavy++;
        try {
          return await h(req);
        } finally {
          heavy--;
        }
      };
      return [channel, call];
    }),
  ) as unknown as ProfileHandlers; // fromEntries loses the per-channel types; every key is copied.

  return {
    // Every transport calls through the schema gate: a wrong request never reaches a handler.
    // …and through presenter mode (./presenter.ts): while it is on, answers and events leave redacted.
    handlers: gateHandlers(presenterHandlers({ ...handlers, ...profiles }, presenterOn, labels)),
    events: {
      on(event, listener) {
        const redacting = presenterListener(event, listener, presenterOn, labels);
        emitter.on(event, redacting);
        return () => emitter.off(event, redacting);
      },
    },
    currentTempDir: () => session.tempDir,
    async close() {
      session.jobs.cancelAll();
      await session.jobs.idle();
      session.closeNow();
    },
  };
}

function isInside(root: string, p: string): boolean {
  const rel = relative(resolve(root), resolve(p));
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith('/');
}

/**
 * The bundler may place this module in `out/main/chunks/`, while the worker entry is built to
 * `out/main/import-worker.js`: look beside this file and one level up.
 */
function builtWorkerFile(): string {
  const candidates = [join(__dirname, 'import-worker.js'), join(__dirname, '..', 'import-worker.js')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}
