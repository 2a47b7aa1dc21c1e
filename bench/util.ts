/**
 * Small helpers every benchmark group uses: statistics, child processes that report one JSON
 * result, RSS sampling from /proc, the cache folder. No timing assertion lives here or anywhere
 * in bench/: figures are printed beside their targets, never enforced.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
export const MB = 1_000_000;

/** Where generated inputs and stores live between runs (never committed). */
export function cacheDir(override?: string): string {
  const dir = override ?? join(tmpdir(), 'whereabouts-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile (p in 0..100) of an unsorted sample; NaN for an empty one. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))]!;
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function log(msg: string): void {
  // Progress goes to stderr so stdout stays the table (and can be piped).
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

/** VmHWM / VmRSS of a process in MiB, or null when /proc is not there (macOS, Windows). */
export function procMemory(pid: number | 'self'): { hwmMiB: number; rssMiB: number } | null {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null; // the process ended between the check and the read
  }
  const kb = (key: string): number => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) / 1024 : Number.NaN;
  };
  return { hwmMiB: kb('VmHWM'), rssMiB: kb('VmRSS') };
}

export interface ChildOutcome<T> {
  result: T | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Highest VmHWM (else VmRSS) seen by polling /proc while the child ran, MiB. */
  polledPeakMiB: number | null;
  wallMs: number;
  stderrTail: string;
  /** The first line saying why the process died (V8's "FATAL ERROR: … heap out of memory"), if any. */
  fatal: string | null;
  /** Marks the child sent as it went (sendMark), in order: survive a crash, unlike `result`. */
  marks: { name: string; value: number }[];
}

const RESULT_PREFIX = 'BENCH-RESULT ';
const MARK_PREFIX = 'BENCH-MARK ';

/** Called in a child: hands one JSON value back to the parent on stdout. */
export function sendResult(value: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(value)}\n`);
}

/** Called in a child: a named number sent at once (e.g. the memory peak when a phase begins). */
export function sendMark(name: string, value: number): void {
  process.stdout.write(`${MARK_PREFIX}${JSON.stringify({ name, value })}\n`);
}

/**
 * Runs `bench/child.ts <task> …args` in a fresh Node process (tsx loader in-process, so the
 * PID is the one doing the work and /proc/<pid> describes it) and returns its result.
 */
export function runChild<T>(task: string, args: string[], opts: { nodeArgs?: string[]; pollMs?: number } = {}): Promise<ChildOutcome<T>> {
  return runProcess<T>(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', join(ROOT, 'bench', 'child.ts'), task, ...args], opts.pollMs);
}

export function runProcess<T>(cmd: string, args: string[], pollMs = 100): Promise<ChildOutcome<T>> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let fatal: string | null = null;
    let peak: number | null = null;
    const poll = (): void => {
      if (child.pid === undefined) return;
      const m = procMemory(child.pid);
      if (m === null) return;
      const v = Number.isFinite(m.hwmMiB) ? m.hwmMiB : m.rssMiB;
      if (Number.isFinite(v)) peak = Math.max(peak ?? 0, v);
    };
    const timer = setInterval(poll, pollMs);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      poll();
    });
    child.stderr.on('data', (c: Buffer) => {
      const text = c.toString('utf8');
      fatal ??= /^.*(FATAL ERROR|out of memory).*$/im.exec(text)?.[0].trim() ?? null;
      stderr = (stderr + text).slice(-4000);
    });
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const lines = stdout.split('\n');
      const line = [...lines].reverse().find((l) => l.startsWith(RESULT_PREFIX));
      const marks = lines.filter((l) => l.startsWith(MARK_PREFIX)).map((l) => JSON.parse(l.slice(MARK_PREFIX.length)) as { name: string; value: number });
      resolveRun({
        result: line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as T) : null,
        code,
        signal,
        polledPeakMiB: peak,
        wallMs: performance.now() - started,
        stderrTail: stderr.trim().split('\n').slice(-6).join('\n'),
        fatal,
        marks,
      });
    });
  });
}

/** Times `fn` `runs` times after `warmup` untimed calls; returns milliseconds per call. */
export function sampleSync(fn: () => unknown, runs: number, warmup = 2, capMs = Number.POSITIVE_INFINITY): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
    // A query that takes seconds would make 50 runs take minutes: stop early and say so.
    if (performance.now() - start > capMs && out.length >= 10) break;
  }
  return out;
}
