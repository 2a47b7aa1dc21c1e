/**
 * One job id for a persona's several exports (electron/core/api/grouped-jobs.ts) over the real
 * job queue (import/jobs.ts); the runner — how one export is read — is a stand-in the test steers.
 */
import { describe, expect, it } from 'vitest';
import type { ImportProgress, ImportResult } from '../../../shared/api';
import { combineResults, GroupedJobs } from '../../../electron/core/api/grouped-jobs';
import { ImportJobs, type ImportRunner } from '../../../electron/core/import/jobs';

function setup(outcome: (paths: string[], signal: AbortSignal) => Promise<{ status: ImportResult['status']; sourceIds: number[]; message?: string }>) {
  const progress: ImportProgress[] = [];
  const done: ImportResult[] = [];
  const runner: ImportRunner = async (spec, onProgress, signal) => {
    onProgress({ phase: 'reading', file: spec.paths[0]!, member: null, bytesRead: 0, bytesTotal: 1, membersDone: 0, membersTotal: 1, records: 0 } as never);
    const o = await outcome(spec.paths, signal);
    return { status: o.status, sourceIds: o.sourceIds, message: o.message ?? null, file: o.message ? spec.paths[0]! : null, member: null };
  };
  // eslint-disable-next-line prefer-const -- the queue's callbacks need it before it exists
  let grouped: GroupedJobs;
  const jobs = new ImportJobs(runner, (p) => progress.push(grouped.progress(p)), (r) => {
    const d = grouped.done(r);
    if (d) done.push(d);
  });
  grouped = new GroupedJobs(jobs);
  return { grouped, jobs, progress, done };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('grouped import jobs', () => {
  it('answers one id: progress under it, one done with every source id', async () => {
    let next = 1;
    const { grouped, progress, done } = setup(async () => ({ status: 'imported', sourceIds: [next++] }));
    const id = grouped.start([['/p/instagram.zip'], ['/p/tiktok.zip']]);
    while (done.length === 0) await settle();
    expect(done).toEqual([{ jobId: id, status: 'imported', sourceIds: [1, 2], message: null, file: null, member: null }]);
    expect(progress.map((p) => [p.jobId, p.file])).toEqual([[id, '/p/instagram.zip'], [id, '/p/tiktok.zip']]);
    expect(grouped.has(id)).toBe(false);
  });

  it('cancelling the group stops the running export and drops the queued one: one cancelled done', async () => {
    const { grouped, done } = setup((_paths, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve({ status: 'cancelled', sourceIds: [] }))));
    const id = grouped.start([['/p/a.zip'], ['/p/b.zip']]);
    await settle();
    expect(grouped.cancel(id)).toBe(true);
    while (done.length === 0) await settle();
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ jobId: id, status: 'cancelled', sourceIds: [] });
    expect(grouped.cancel(id)).toBe(false);
  });

  it('a job outside any group passes through unchanged', async () => {
    const { jobs, done } = setup(async () => ({ status: 'already-imported', sourceIds: [7] }));
    const id = jobs.start({ paths: ['/x.zip'] });
    while (done.length === 0) await settle();
    expect(done[0]).toMatchObject({ jobId: id, status: 'already-imported', sourceIds: [7] });
  });

  it('combines: a failure wins and names its file; all already-imported stays already-imported', () => {
    const r = (status: ImportResult['status'], ids: number[], message: string | null = null): ImportResult => ({ jobId: 'x', status, sourceIds: ids, message, file: message ? 'b.zip' : null, member: null });
    expect(combineResults('g', [r('imported', [1]), r('failed', [], 'b.zip: not an export'), r('cancelled', [])])).toEqual({ jobId: 'g', status: 'failed', sourceIds: [1], message: 'b.zip: not an export', file: 'b.zip', member: null });
    expect(combineResults('g', [r('already-imported', [1]), r('already-imported', [2])]).status).toBe('already-imported');
    expect(combineResults('g', [r('already-imported', [1]), r('imported', [2])]).status).toBe('imported');
  });
});
