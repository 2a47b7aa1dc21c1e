/**
 * Group `main-stall`: the Electron main process's worst event-loop stall during each heavy call,
 * with the core in its own process (the design) — the built main entry booted against the fake
 * `electron` (test/integration/electron-fake), the core process forked for real — on a synthetic
 * N-event profile (fixtures.ensureSyntheticStore). Goal: < 100 ms for every call.
 *
 * The stall is measured inside main by `monitorEventLoopDelay` (1 ms resolution) over the whole
 * call, including the work that stays on main: receiving the core's reply and cloning it for the
 * renderer (v8.serialize, what Electron does). A 1 ms timer-drift probe runs beside it (`gap` in
 * the table; it also counts time the OS did not schedule the process on a busy machine).
 *
 * Noise control: while main handles a call, the bench process (idle, only waiting for the answer)
 * measures its own loop the same way (`idle` in the table). On a loaded machine an idle process
 * also "stalls" when the OS does not run it; a main stall near `idle` is the machine, not main.
 *
 * Baseline, measured in the same run: the same calls with the core in the caller's own process
 * (how main ran it before), stall ÷ stall printed as the ratio.
 *
 * Needs a build (`npx electron-vite build`): it boots out/main/index.js and out/main/core-host.js.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import type { Channel } from '../shared/api';
import { CLAIM_TEMPLATES } from '../shared/claim-templates';
import { createCore } from '../electron/core/api/core';
import { callChannel } from '../electron/core/serve/dispatch';
import { bootMain, builtOut } from '../test/integration/electron-fake/boot';
import { ensureSyntheticStore } from './fixtures';
import { figure, type Figure } from './report';
import { storeVocabulary } from './store-builder';
import { log, round } from './util';

/** 1 M events takes minutes to build once (cached after); `--events` raises or lowers it. */
export const DEFAULT_STALL_EVENTS = 300_000;
const TARGET_MS = 100;

interface Call {
  id: string;
  label: string;
  channel: Channel;
  req: Record<string, unknown>;
}

function calls(word: string): Call[] {
  const claims = CLAIM_TEMPLATES.map((t) => ({ template: t.id }));
  // Order matters: removal and erase change the profile, so they come last.
  return [
    { id: 'claims', label: 'claims.evaluate (every template)', channel: 'claims.evaluate', req: { claims } },
    { id: 'report', label: 'report.build (html, every template)', channel: 'report.build', req: { claims, format: 'html' } },
    { id: 'where', label: 'where.summary', channel: 'where.summary', req: {} },
    { id: 'histogram_q', label: `timeline.histogram with q="${word}"`, channel: 'timeline.histogram', req: { filter: { q: word }, buckets: 200 } },
    { id: 'csv', label: 'export.csv (timeline)', channel: 'export.csv', req: { table: 'timeline' } },
    { id: 'remove', label: 'sources.remove (the larger source)', channel: 'sources.remove', req: { sourceId: 1 } },
    { id: 'erase', label: 'profile.erase', channel: 'profile.erase', req: { confirm: 'erase everything' } },
  ];
}

interface Measured {
  stallMs: number;
  /** The idle bench process's own worst stall over the same interval (machine noise). */
  idleMs?: number;
  gapMs: number;
  callMs: number;
  replyMB: number;
  error: string | null;
}

/** The old design: the core on the measuring process's own loop. */
async function inProcess(dbPath: string, list: Call[]): Promise<Map<string, Measured>> {
  const core = await createCore({ dbPath, transport: 'electron', inProcess: true });
  const out = new Map<string, Measured>();
  try {
    await core.handlers['profile.info']({});
    for (const c of list) {
      const h = monitorEventLoopDelay({ resolution: 1 });
      h.enable();
      const t0 = performance.now();
      const outcome = await callChannel(core.handlers, c.channel, c.req);
      const bytes = serialize(outcome).length;
      const callMs = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 5));
      h.disable();
      // A call that never yields shows as one delay sample as long as the call.
      const stallMs = Math.max(h.max / 1e6, callMs);
      out.set(c.id, { stallMs, gapMs: callMs, callMs, replyMB: bytes / 1e6, error: outcome.ok ? null : outcome.error.message });
      log(`  in-process ${c.id}: ${Math.round(callMs)} ms`);
    }
  } finally {
    await core.close();
  }
  return out;
}

async function inCoreProcess(userData: string, list: Call[]): Promise<Map<string, Measured>> {
  const main = bootMain({ userData });
  const out = new Map<string, Measured>();
  try {
    await main.waitFor('main to start', (s) => s.windows.length === 1, 60_000);
    await main.invoke('profile.info', {});
    for (const c of list) {
      const idle = monitorEventLoopDelay({ resolution: 1 });
      idle.enable();
      const m = await main.measure(c.channel, c.req);
      idle.disable();
      const idleMs = idle.max / 1e6;
      out.set(c.id, { stallMs: m.eldMaxMs, idleMs, gapMs: m.maxGapMs, callMs: m.ms, replyMB: m.bytes / 1e6, error: m.ok ? null : m.error?.message ?? 'failed' });
      log(`  core process ${c.id}: ${Math.round(m.ms)} ms, main stalled ${round(m.eldMaxMs)} ms (idle process: ${round(idleMs)} ms)`);
    }
    const { code } = await main.quit();
    if (code !== 0) log(`main-stall: main exited with ${code}`);
  } finally {
    if (main.child.exitCode === null) main.child.kill();
  }
  return out;
}

export async function runMainStallGroup(o: { cache: string; events?: number }): Promise<Figure[]> {
  const events = o.events ?? DEFAULT_STALL_EVENTS;
  if (!builtOut().ready) {
    return [figure({ group: 'main-stall', id: 'main-stall.build', label: 'main-stall needs a build', value: null, unit: '', note: 'run npx electron-vite build first' })];
  }
  const store = ensureSyntheticStore(o.cache, events);
  const vocab = storeVocabulary();
  // A middling word: common enough to touch many days, rare enough to need the index.
  const word = vocab[Math.min(40, vocab.length - 1)]!;
  const list = calls(word);
  const work = mkdtempSync(join(tmpdir(), 'wa-stall-'));
  try {
    const userData = join(work, 'user-data');
    const profileDb = join(userData, 'profiles', 'default', 'whereabouts.db');
    mkdirSync(join(userData, 'profiles', 'default'), { recursive: true });
    copyFileSync(store, profileDb);
    log(`main-stall: ${events.toLocaleString('en-US')} events, core in its own process (fake-electron boot)`);
    const split = await inCoreProcess(userData, list);
    const baselineDb = join(work, 'baseline.db');
    copyFileSync(store, baselineDb);
    log('main-stall: baseline, the core on the same loop');
    const same = await inProcess(baselineDb, list);

    const figures: Figure[] = [];
    for (const c of list) {
      const m = split.get(c.id)!;
      const b = same.get(c.id)!;
      figures.push(
        figure({
          group: 'main-stall',
          id: `main-stall.${c.id}.max_ms`,
          label: `main loop stall: ${c.label}, ${events.toLocaleString('en-US')} events`,
          value: round(m.stallMs),
          unit: 'ms',
          target: { cmp: '<', value: TARGET_MS },
          stats: { call: `${Math.round(m.callMs)} ms`, reply: `${round(m.replyMB, 2)} MB`, gap: `${round(m.gapMs)} ms`, idle: `${round(m.idleMs ?? 0)} ms` },
          note: m.error ? `call failed: ${m.error}` : undefined,
          question:
            m.replyMB >= 5
              ? 'The reply crosses main whole (core → main → page: one deserialize, one serialize, both on main). Hand the page a MessagePort straight to the core (MessageChannelMain), or let the core write the file main picked?'
              : 'Nothing big crosses main here: is it the machine (compare `idle`, an idle process over the same interval) or the core process starving main of CPU?',
        }),
        figure({
          group: 'main-stall',
          id: `main-stall.${c.id}.ratio`,
          label: `stall with the core in process ÷ in its own process: ${c.id}`,
          value: m.stallMs > 0 ? round(b.stallMs / m.stallMs) : null,
          unit: '×',
          ratioOf: { numerator: `in-process stall ${Math.round(b.stallMs)} ms`, denominator: `core-process stall ${round(m.stallMs)} ms` },
          note: b.error ? `baseline call failed: ${b.error}` : undefined,
        }),
      );
    }
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
