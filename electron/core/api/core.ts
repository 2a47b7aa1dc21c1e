/**
 * createCore: the profile database, the evidence datasets, the import job queue and the
 * handlers (behind the request-schema gate, ./validate.ts), wired once. Both transports
 * (Electron IPC, loopback serve) and the tests use this.
 */
import { EventEmitter } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ApiEvents, EventName } from '../../../shared/api';
import { evidenceFromKit } from '../analysis/evidence';
import { loadEvidenceKit } from '../evidence/load';
import { ImportJobs, type ImportRunner } from '../import/jobs';
import { markBundledSynthetic } from '../personas/synthetic';
import { inProcessRunner, workerRunner } from '../import/runners';
import { defaultResourcesDir } from '../resources';
import { openDb, type Db } from '../store/db';
import { VERSION } from '../version';
import { createHandlers } from './handlers';
import type { Core, CoreOptions } from './types';
import { gateHandlers } from './validate';

export interface CreateCoreOptions extends CoreOptions {
  /** Run imports in this process instead of a worker thread (CLI, unit tests). */
  inProcess?: boolean;
  /** The built worker file; defaults to `import-worker.js` beside this bundle. */
  workerFile?: string;
}

export async function createCore(opts: CreateCoreOptions): Promise<Core> {
  const resourcesDir = opts.resourcesDir ?? defaultResourcesDir();
  // One kit for imports' enrichment and for re-analysing part of the profile (claims, reports).
  const kit = loadEvidenceKit(resourcesDir);
  const evidence = evidenceFromKit(kit);
  let db: Db = openDb(opts.dbPath);
  // A migration may have dropped the derived findings and flags (schema 9): rebuild them now.
  evidence.analyseIfStale(db);
  const emitter = new EventEmitter();
  const emit = <E extends EventName>(e: E, p: ApiEvents[E]) => emitter.emit(e, p);

  const runner: ImportRunner = opts.inProcess
    ? inProcessRunner(opts.dbPath, evidence)
    : workerRunner(opts.workerFile ?? builtWorkerFile(), opts.dbPath, resourcesDir);
  const jobs = new ImportJobs(runner, (p) => emit('import.progress', p), (r) => {
    // The bundled sample and personas are synthetic, however they were imported (button, path):
    // recognised by content, before the UI hears the import is done and lists the source.
    if (r.status === 'imported' || r.status === 'already-imported') markBundledSynthetic(db, resourcesDir);
    emit('import.done', r);
    if (opts.tempDir) removeUploads(opts.tempDir, r.jobId);
  });
  // Browser-mode uploads are private copies of the person's export (possibly tens of GB): once
  // their import has ended, imported or not, the copy goes. The SHA-256 in the source row is
  // what cites the archive; the person keeps their original.
  const uploadsByJob = new Map<string, string[]>();
  const removeUploads = (tempDir: string, jobId: string) => {
    for (const p of uploadsByJob.get(jobId) ?? []) {
      const folder = dirname(p);
      if (isInside(tempDir, folder) && basename(folder).startsWith('upload-')) rmSync(folder, { recursive: true, force: true });
    }
    uploadsByJob.delete(jobId);
  };
  const trackUploads = (jobId: string, paths: string[]) => {
    if (opts.tempDir) uploadsByJob.set(jobId, paths.filter((p) => isInside(opts.tempDir!, p)));
    return jobId;
  };

  const eraseDatabase = () => {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) {
      const p = opts.dbPath + suffix;
      if (existsSync(p)) rmSync(p);
    }
    db = openDb(opts.dbPath);
  };

  const base = createHandlers({ opts, db: () => db, evidence, kit, jobs, version: VERSION, resourcesDir, eraseDatabase, emitProgress: (p) => emit('work.progress', p) });
  const handlers = {
    ...base,
    'import.start': async (req: Parameters<typeof base['import.start']>[0]) => {
      const res = await base['import.start'](req);
      trackUploads(res.jobId, req.paths);
      return res;
    },
  };
  return {
    // Every transport calls through the schema gate: a wrong request never reaches a handler.
    handlers: gateHandlers(handlers),
    events: {
      on(event, listener) {
        emitter.on(event, listener);
        return () => emitter.off(event, listener);
      },
    },
    async close() {
      jobs.cancelAll();
      await jobs.idle();
      db.close();
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
