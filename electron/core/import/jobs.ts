/**
 * Import jobs: one at a time (SQLite has one writer), queued, cancellable, reporting progress
 * and a final result as events. How a job runs (a worker thread, or in this process for the CLI
 * and tests) is the runner's business.
 */
import { randomUUID } from 'node:crypto';
import type { ImportProgress, ImportResult } from '../../../shared/api';
import type { ImportOutcome, ProgressUpdate } from './run-import';

export interface JobSpec {
  paths: string[];
}

export type ImportRunner = (spec: JobSpec, onProgress: (p: ProgressUpdate) => void, signal: AbortSignal) => Promise<ImportOutcome>;

interface Job {
  id: string;
  spec: JobSpec;
  controller: AbortController;
}

export class ImportJobs {
  private queue: Job[] = [];
  private running: Job | null = null;

  constructor(
    private readonly runner: ImportRunner,
    private readonly emitProgress: (p: ImportProgress) => void,
    private readonly emitDone: (r: ImportResult) => void,
  ) {}

  start(spec: JobSpec): string {
    const job: Job = { id: randomUUID(), spec, controller: new AbortController() };
    this.queue.push(job);
    void this.pump();
    return job.id;
  }

  cancel(jobId: string): boolean {
    if (this.running?.id === jobId) {
      this.running.controller.abort();
      return true;
    }
    const i = this.queue.findIndex((j) => j.id === jobId);
    if (i === -1) return false;
    const [job] = this.queue.splice(i, 1);
    this.emitDone({ jobId: job!.id, status: 'cancelled', sourceIds: [], message: 'Import cancelled before it started; nothing was changed.', file: null, member: null });
    return true;
  }

  cancelAll(): void {
    for (const j of [...this.queue]) this.cancel(j.id);
    this.running?.controller.abort();
  }

  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  /** Resolves when nothing is running or queued. */
  async idle(): Promise<void> {
    while (this.busy) await new Promise((r) => setTimeout(r, 20));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    let outcome: ImportOutcome;
    try {
      outcome = await this.runner(job.spec, (p) => this.emitProgress({ ...p, jobId: job.id }), job.controller.signal);
    } catch (err) {
      outcome = { status: 'failed', sourceIds: [], message: err instanceof Error ? err.message : String(err), file: null, member: null };
    }
    this.running = null;
    this.emitDone({ ...outcome, jobId: job.id });
    void this.pump();
  }
}
