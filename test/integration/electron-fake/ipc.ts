/**
 * Electron's IPC and contextBridge without a runtime, faithful where it matters for our bugs:
 *
 * - ipcRenderer.invoke → ipcMain.handle: arguments and results pass through
 *   v8.serialize/v8.deserialize (Electron's structured clone); a handler that throws rejects the
 *   renderer with `Error invoking remote method '<channel>': <error>` (its code is lost, as in
 *   Electron — which is why our handlers answer with envelopes).
 * - webContents.send → ipcRenderer.on: the payload is cloned; listeners get (event, payload).
 * - contextBridge.exposeInMainWorld: what the page (main world) gets is a copy. Functions are
 *   proxied; promises are re-made in the page; an Error crossing the bridge is rebuilt from its
 *   message alone (custom properties such as `code` are lost — Electron's documented behaviour);
 *   any other value is structured-cloned, so a plain object crosses whole, as a plain object.
 */
import { deserialize, serialize } from 'node:v8';
import type { SenderEventLike } from '../../../electron/main/ipc-table';

export function clone<T>(v: T): T {
  return deserialize(serialize(v)) as T;
}

type Listener = (event: unknown, ...args: unknown[]) => void;
type Handler = (event: SenderEventLike, ...args: unknown[]) => unknown;

export class FakeIpc {
  readonly handlers = new Map<string, Handler>();
  readonly listeners = new Map<string, Set<Listener>>();
  /** The URL of the frame that calls (the app's own page unless a test says otherwise). */
  frameUrl = 'app://whereabouts/index.html';
  /** Every message that crossed, with its direction, for assertions. */
  readonly log: { dir: 'invoke' | 'send'; channel: string }[] = [];

  readonly ipcMain = {
    handle: (channel: string, fn: Handler): void => {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, fn);
    },
  };

  readonly ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]): Promise<unknown> => {
      this.log.push({ dir: 'invoke', channel });
      const fn = this.handlers.get(channel);
      if (!fn) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
      const event: SenderEventLike = { senderFrame: { url: this.frameUrl, parent: null } };
      let result: unknown;
      try {
        result = await fn(event, ...clone(args));
      } catch (err) {
        // eslint-disable-next-line preserve-caught-error -- Electron's own wording; a cause does not cross IPC
        throw new Error(`Error invoking remote method '${channel}': ${String(err)}`);
      }
      return clone(result);
    },
    on: (channel: string, fn: Listener): void => {
      if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
      this.listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: Listener): void => {
      this.listeners.get(channel)?.delete(fn);
    },
  };

  /** webContents.send from main. */
  send(channel: string, payload: unknown): void {
    this.log.push({ dir: 'send', channel });
    const copy = clone(payload);
    for (const fn of this.listeners.get(channel) ?? []) fn({ sender: 'the IpcRendererEvent (never for the page)' }, copy);
  }
}

function bridgeError(err: unknown): unknown {
  return err instanceof Error ? new Error(err.message) : toPage(err);
}

/** A value as the page receives it from the preload. */
export function toPage(v: unknown): unknown {
  if (typeof v === 'function') {
    return (...args: unknown[]) => {
      let out: unknown;
      try {
        out = (v as (...a: unknown[]) => unknown)(...args.map(toPreload));
      } catch (err) {
        throw bridgeError(err);
      }
      return toPage(out);
    };
  }
  if (v instanceof Promise) {
    return new Promise((resolve, reject) => {
      v.then((x) => resolve(toPage(x)), (e: unknown) => reject(bridgeError(e)));
    });
  }
  if (v instanceof Error) return bridgeError(v);
  if (Array.isArray(v)) return v.map(toPage);
  if (typeof v === 'object' && v !== null && Object.values(v).some((x) => typeof x === 'function')) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPage(x)]));
  }
  return clone(v);
}

/** A value as the preload receives it from the page (listeners become proxies back into the page). */
function toPreload(v: unknown): unknown {
  if (typeof v === 'function') return (...args: unknown[]) => (v as (...a: unknown[]) => unknown)(...args.map(toPage));
  if (typeof v === 'object' && v !== null && !(v instanceof Promise) && !Array.isArray(v) && Object.values(v).some((x) => typeof x === 'function')) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPreload(x)]));
  }
  // Files are host objects the bridge passes by reference; everything else is cloned.
  return typeof v === 'object' && v !== null && 'isFakeFile' in v ? v : clone(v);
}

export class FakeContextBridge {
  /** What the page sees on `window`. */
  readonly page = new Map<string, unknown>();
  /** What the preload handed over, before the bridge (to check what the preload itself did). */
  readonly raw = new Map<string, unknown>();
  exposeInMainWorld = (key: string, api: unknown): void => {
    this.raw.set(key, api);
    this.page.set(key, toPage(api));
  };
}

/** One renderer world per test file: the `electron` mock and the test share these. */
export const world = { ipc: new FakeIpc(), bridge: new FakeContextBridge() };
