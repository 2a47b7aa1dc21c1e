/**
 * Boots the BUILT Electron main bundle in a plain Node child with `electron` resolved to the
 * recording fake (hook.cjs → electron.cjs), and drives it over the child's IPC channel.
 * Shared by test/integration/main-boot.test.ts and bench/main-stall.ts.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const HOOK = join(__dirname, 'hook.cjs');

export function builtOut(outDir = process.env.WHEREABOUTS_OUT_DIR || 'out'): { main: string; coreHost: string; preload: string; ready: boolean } {
  const out = resolve(ROOT, outDir);
  const main = join(out, 'main', 'index.js');
  const coreHost = join(out, 'main', 'core-host.js');
  const preload = join(out, 'preload', 'index.js');
  return { main, coreHost, preload, ready: existsSync(main) && existsSync(coreHost) && existsSync(preload) };
}

/** What electron.cjs records (a JSON-safe copy). */
export interface FakeState {
  switches: string[][];
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  sandbox: boolean;
  singleInstanceLock: boolean;
  protocolsHandled: string[];
  sessions: Record<string, { beforeRequest: number; permissionRequest: number; permissionCheck: number; devicePermission: number; spellChecker: boolean | null; willDownload: number }>;
  windows: { options: { webPreferences: Record<string, unknown> } & Record<string, unknown>; url: string | null; shown: boolean; destroyed?: boolean }[];
  webContentsGuards: number;
  ipcChannels: string[];
  utility: { modulePath: string; args: string[]; serviceName: string | null; pid: number; exitCode?: number | null; signal?: string | null }[];
  errorBoxes: { title: string; body: string }[];
  dialogs: unknown[];
  sent: { channel: string; bytes: number }[];
  quitRequested: number;
  quit: boolean;
  exitCode: number | null;
}

export interface Stall {
  ms: number;
  bytes: number;
  maxGapMs: number;
  eldMaxMs: number;
  ok: boolean;
  error: { code: string; message: string } | null;
}

export interface BootedMain {
  child: ChildProcess;
  /** Events main pushed to windows (webContents.send), in order. */
  sent: { channel: string; payload: unknown }[];
  /** Reported as they happen, so they are known even after main has exited. */
  errorBoxes: { title: string; body: string }[];
  forks: { pid: number; modulePath: string }[];
  windowsCreated: number;
  output(): string;
  state(): Promise<FakeState>;
  invoke<T = unknown>(channel: string, req: unknown, frameUrl?: string): Promise<T>;
  measure(channel: string, req: unknown): Promise<Stall>;
  appRequest(url: string, method?: string): Promise<{ status: number; type: string | null; csp: string | null; bytes: number }>;
  setDialog(answer: { canceled: boolean; filePaths: string[] }): Promise<void>;
  /** app.quit(), then the process's exit. */
  quit(): Promise<{ code: number | null; signal: string | null }>;
  exited: Promise<{ code: number | null; signal: string | null }>;
  waitFor(what: string, test: (s: FakeState) => boolean, timeoutMs?: number): Promise<FakeState>;
}

export function bootMain(o: { userData: string; env?: Record<string, string> }): BootedMain {
  const { main } = builtOut();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('VITEST') && k !== 'ELECTRON_RENDERER_URL' && k !== 'NODE_OPTIONS') env[k] = v;
  Object.assign(env, { WHEREABOUTS_TEST: '1', WHEREABOUTS_USER_DATA: o.userData, FAKE_ELECTRON_APP_PATH: ROOT }, o.env ?? {});
  const child = fork(main, [], { cwd: ROOT, env, execArgv: ['--require', HOOK], serialization: 'advanced', stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const sent: BootedMain['sent'] = [];
  const errorBoxes: BootedMain['errorBoxes'] = [];
  const forks: BootedMain['forks'] = [];
  let windowsCreated = 0;
  const pending = new Map<number, (m: { ok: boolean; error?: string } & Record<string, unknown>) => void>();
  let nextId = 1;
  child.on('message', (m: { kind?: string; id?: number; channel?: string; payload?: unknown; title?: string; body?: string; pid?: number; modulePath?: string }) => {
    if (m.kind === 'send') sent.push({ channel: m.channel!, payload: m.payload });
    if (m.kind === 'fork') forks.push({ pid: m.pid!, modulePath: m.modulePath! });
    if (m.kind === 'window') windowsCreated++;
    if (m.kind === 'error-box') errorBoxes.push({ title: m.title!, body: m.body! });
    // An error box is main's last word before it exits: keep it for the error messages below.
    if (m.kind === 'error-box') out += `[error box] ${m.title}: ${m.body}\n`;
    if (m.kind === 'reply' && m.id !== undefined) {
      pending.get(m.id)?.(m as never);
      pending.delete(m.id);
    }
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) =>
    child.once('exit', (code, signal) => {
      // A request main will never answer must fail, not leave the caller waiting on nothing
      // (an empty event loop ends the caller's process silently with code 0).
      for (const settle of pending.values()) settle({ ok: false, error: `main exited (code ${code ?? signal})\n${out}` });
      pending.clear();
      r({ code, signal });
    }),
  );
  const request = <T>(op: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolvePromise, reject) => {
      if (!child.connected) return reject(new Error(`main is not running (exit code ${child.exitCode ?? 'unknown'})\n${out}`));
      const id = nextId++;
      pending.set(id, (m) => (m.ok ? resolvePromise(m as T) : reject(new Error(m.error))));
      child.send({ ...op, id });
    });
  const booted: BootedMain = {
    child,
    sent,
    errorBoxes,
    forks,
    get windowsCreated() {
      return windowsCreated;
    },
    output: () => out,
    state: async () => (await request<{ state: FakeState }>({ op: 'state' })).state,
    invoke: async <T>(channel: string, req: unknown, frameUrl?: string) => (await request<{ value: T }>({ op: 'invoke', channel, req, frameUrl })).value,
    measure: async (channel, req) => (await request<{ value: Stall }>({ op: 'measure', channel, req })).value,
    appRequest: async (url, method) => (await request<{ value: Awaited<ReturnType<BootedMain['appRequest']>> }>({ op: 'app-request', url, method })).value,
    setDialog: async (answer) => void (await request({ op: 'set-dialog', answer })),
    quit: async () => {
      await request({ op: 'quit' });
      return exited;
    },
    exited,
    waitFor: async (what, test, timeoutMs = 30_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const s = await booted.state();
        if (test(s)) return s;
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
  return booted;
}
