/**
 * PDF rendering in serve starts a headless Chromium per report: one at a time, a short queue, and
 * `busy` (409) for the rest, at once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BoundedQueue } from '../../../electron/core/serve/bounded-queue';
import { PDF_MAX_WAITING, startServer } from '../../../electron/core/serve/server';
import type { Handlers } from '../../../electron/core/api/types';
import { fakeCore } from '../shell/fake-core';
import { send } from '../shell/http-client';

const tmp = mkdtempSync(join(tmpdir(), 'wa-pdfq-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('BoundedQueue', () => {
  it('runs one at a time, lets N wait, refuses the rest with busy, and frees its slots', async () => {
    const q = new BoundedQueue(1, 2, 'PDF rendering');
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const task = () => new Promise<string>((resolve) => {
      running++;
      peak = Math.max(peak, running);
      release.push(() => {
        running--;
        resolve('done');
      });
    });
    const accepted = [q.run(task), q.run(task), q.run(task)];
    await expect(q.run(task)).rejects.toMatchObject({ code: 'busy', message: expect.stringMatching(/PDF rendering is busy/) });
    expect(q.size).toEqual({ running: 1, waiting: 2 });
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      release.shift()!();
    }
    expect(await Promise.all(accepted)).toEqual(['done', 'done', 'done']);
    expect(peak).toBe(1);
    expect(q.size).toEqual({ running: 0, waiting: 0 });
    // A failing task frees its slot too.
    await expect(q.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(q.size).toEqual({ running: 0, waiting: 0 });
  });
});

describe('serve report.pdf', () => {
  it('answers busy at once beyond one running and the queue', async () => {
    const core = fakeCore();
    let running = 0;
    let peak = 0;
    let calls = 0;
    let open!: () => void;
    const gate = new Promise<void>((r) => { open = r; });
    (core.handlers as Record<keyof Handlers, unknown>)['report.pdf'] = async () => {
      calls++;
      running++;
      peak = Math.max(peak, running);
      await gate; // held until every refusal has arrived: refusals must not wait for a render
      running--;
      return { pdfBase64: 'JVBERg==' };
    };
    const staticDir = join(tmp, 'r');
    writeFileSync(join(tmp, 'index.html'), '');
    const srv = await startServer({ core, staticDir, uploadDir: join(tmp, 'u') });
    try {
      const n = 1 + PDF_MAX_WAITING + 3;
      let refused = 0;
      const answers = await Promise.all(
        Array.from({ length: n }, () =>
          send(srv.port, { method: 'POST', path: '/api/call/report.pdf', headers: { Authorization: `Bearer ${srv.token}`, 'Content-Type': 'application/json' }, body: '{}' }).then((r) => {
            // The gate opens when the third refusal arrives; a refusal that waited for a render
            // would never arrive (the render waits for it) and the test would time out.
            if (r.status === 409 && ++refused === 3) open();
            return r;
          }),
        ),
      );
      const ok = answers.filter((a) => a.status === 200);
      const busy = answers.filter((a) => a.status === 409);
      expect(ok).toHaveLength(1 + PDF_MAX_WAITING);
      expect(busy).toHaveLength(3);
      for (const b of busy) {
        expect(JSON.parse(b.text)).toMatchObject({ code: 'busy' });
      }
      expect(peak).toBe(1);
      expect(calls).toBe(1 + PDF_MAX_WAITING);
    } finally {
      await srv.close();
    }
  });
});
