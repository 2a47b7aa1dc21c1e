/**
 * One job id for several imports: a persona is several exports (Åsa: Instagram and TikTok), and
 * an import job reads one export (its split parts together). `import.persona` answers one jobId,
 * like `import.sample`; its progress events carry that id, and one `import.done` comes when every
 * export has ended, with all their source ids. Cancelling the group cancels what has not ended.
 */
import { randomUUID } from 'node:crypto';
import type { ImportProgress, ImportResult } from '../../../shared/api';
import type { ImportJobs } from '../import/jobs';

interface Group {
  inner: string[];
  results: Map<string, ImportResult>;
}

/** The group's outcome: failed if one failed, cancelled if one was cancelled, else imported (already-imported when all were). */
export function combineResults(jobId: string, results: readonly ImportResult[]): ImportResult {
  const bad = results.find((r) => r.status === 'failed') ?? results.find((r) => r.status === 'cancelled');
  const status: ImportResult['status'] = bad ? bad.status : results.every((r) => r.status === 'already-imported') ? 'already-imported' : 'imported';
  return {
    jobId,
    status,
    sourceIds: results.flatMap((r) => r.sourceIds),
    message: bad?.message ?? null,
    file: bad?.file ?? null,
    member: bad?.member ?? null,
  };
}

export class GroupedJobs {
  private readonly groupOf = new Map<string, string>();
  private readonly groups = new Map<string, Group>();
  /** The group whose jobs are being started: a job may report synchronously, before start() returns its id. */
  private starting: string | null = null;

  constructor(private readonly jobs: ImportJobs) {}

  /** Starts one import job per export (each a list of paths); returns the group's id. */
  start(exports: readonly string[][]): string {
    const id = randomUUID();
    const group: Group = { inner: [], results: new Map() };
    this.groups.set(id, group);
    this.starting = id;
    try {
      for (const paths of exports) {
        const inner = this.jobs.start({ paths: [...paths] });
        group.inner.push(inner);
        this.groupOf.set(inner, id);
      }
    } finally {
      this.starting = null;
    }
    return id;
  }

  has(id: string): boolean {
    return this.groups.has(id);
  }

  /** Cancels the group's jobs that have not ended; true when one was. */
  cancel(id: string): boolean {
    const g = this.groups.get(id);
    if (!g) return false;
    let any = false;
    for (const inner of g.inner) if (!g.results.has(inner) && this.jobs.cancel(inner)) any = true;
    return any;
  }

  private group(jobId: string): string | undefined {
    const known = this.groupOf.get(jobId);
    if (known !== undefined) return known;
    if (this.starting !== null) {
      this.groupOf.set(jobId, this.starting);
      return this.starting;
    }
    return undefined;
  }

  /** A progress event as the page should see it (the group's id in place of the job's). */
  progress(p: ImportProgress): ImportProgress {
    const g = this.group(p.jobId);
    return g === undefined ? p : { ...p, jobId: g };
  }

  /**
   * A job's result: passed through when it is not in a group; null while its group still runs;
   * the group's combined result when it was the last.
   */
  done(r: ImportResult): ImportResult | null {
    const id = this.group(r.jobId);
    if (id === undefined) return r;
    const g = this.groups.get(id)!;
    g.results.set(r.jobId, r);
    this.groupOf.delete(r.jobId);
    if (g.results.size < g.inner.length) return null;
    this.groups.delete(id);
    return combineResults(id, g.inner.map((inner) => g.results.get(inner)!));
  }
}
