/**
 * Claims evaluation and report writing in steps: `work.progress` events (step of steps, in words)
 * for the request's id, the same answer as without an id, and `work.cancel` stopping the work at
 * its next step with the error code 'cancelled'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../shared/api';
import type { Core } from '../../../electron/core/api/types';
import { coreWithOneExport } from './fixtures';

let core: Core;
const claims = [{ template: 'no-datacenter-logins' }, { template: 'no-third-party-apps' }];

let done: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  ({ core, done } = await coreWithOneExport());
}, 60_000);
afterAll(() => done());

function collect(): { seen: WorkProgress[]; stop: () => void } {
  const seen: WorkProgress[] = [];
  const stop = core.events.on('work.progress', (p) => seen.push(p));
  return { seen, stop };
}

describe('progress and cancel for claims and reports', () => {
  it('claims.evaluate reports one step to read and one per claim, and answers as without an id', async () => {
    const { seen, stop } = collect();
    const withId = await core.handlers['claims.evaluate']({ claims, requestId: 'c-1' });
    stop();
    expect(seen.map((p) => [p.requestId, p.work, p.step, p.steps, p.label])).toEqual([
      ['c-1', 'claims', 1, 3, 'Reading the export’s records'],
      ['c-1', 'claims', 2, 3, 'Testing claim 1 of 2'],
      ['c-1', 'claims', 3, 3, 'Testing claim 2 of 2'],
    ]);
    expect(withId).toEqual(await core.handlers['claims.evaluate']({ claims }));
  });

  it('report.build reports summary, evidence, each claim and the writing; no id, no events', async () => {
    const { seen, stop } = collect();
    const a = await core.handlers['report.build']({ claims, format: 'json', requestId: 'r-1' });
    await core.handlers['report.build']({ claims, format: 'json' });
    stop();
    expect(seen.map((p) => p.label)).toEqual(['Summarising the exports', 'Reading sign-ins, devices and findings', 'Testing claim 1 of 2', 'Testing claim 2 of 2', 'Writing the report']);
    expect(seen.every((p) => p.requestId === 'r-1' && p.steps === 5)).toBe(true);
    expect(JSON.parse(a.content)).toHaveProperty('verdicts');
  });

  it('work.cancel stops a running report at its next step; an unknown id cancels nothing', async () => {
    const stop = core.events.on('work.progress', (p) => {
      if (p.requestId === 'r-2' && p.step === 1) void core.handlers['work.cancel']({ requestId: 'r-2' });
    });
    await expect(core.handlers['report.build']({ claims, format: 'html', requestId: 'r-2' })).rejects.toMatchObject({ code: 'cancelled' });
    stop();
    expect(await core.handlers['work.cancel']({ requestId: 'r-2' })).toEqual({ cancelled: false });
    // The id is free again, and the next request runs to the end.
    expect((await core.handlers['report.build']({ claims, format: 'json', requestId: 'r-2' })).content.length).toBeGreaterThan(100);
  });
});
