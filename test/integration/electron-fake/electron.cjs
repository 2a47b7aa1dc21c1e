/**
 * A recording stand-in for the `electron` module, loaded into a plain Node process that runs the
 * BUILT main bundle (out/main/index.js) via hook.cjs. Used by test/integration/main-boot.test.ts
 * and bench/main-stall.ts. Plain CommonJS so the child needs no TypeScript loader.
 *
 * - app, BrowserWindow, ipcMain, protocol, session, dialog: record what main does with them.
 * - utilityProcess.fork: the real thing's stand-in — child_process.fork of the same module with
 *   serialization 'advanced' (structured clone, as Electron's utility process port), so the core
 *   process entry runs for real behind the same parent-port adapter (core/host/port.ts).
 * - The test drives main over this process's own IPC channel (see `control` below).
 */
'use strict';
const { EventEmitter } = require('node:events');
const childProcess = require('node:child_process');
const os = require('node:os');
const v8 = require('node:v8');
const { monitorEventLoopDelay, performance } = require('node:perf_hooks');

const state = {
  switches: [],
  privileged: [],
  sandbox: false,
  singleInstanceLock: false,
  protocolsHandled: [],
  sessions: {},
  windows: [],
  webContentsGuards: 0,
  ipcChannels: [],
  utility: [],
  errorBoxes: [],
  dialogs: [],
  sent: [],
  quitRequested: 0,
  quit: false,
  exitCode: null,
};

const report = (m) => {
  if (process.send && process.connected) process.send(m);
};

// ---------- app ----------
const paths = { temp: os.tmpdir(), home: os.homedir() };
const app = new EventEmitter();
let readyResolve;
const ready = new Promise((r) => {
  readyResolve = r;
});
Object.assign(app, {
  isPackaged: false,
  commandLine: {
    appendSwitch: (name, value) => state.switches.push(value === undefined ? [name] : [name, value]),
    hasSwitch: (name) => state.switches.some((s) => s[0] === name),
  },
  setPath: (name, p) => {
    paths[name] = p;
  },
  getPath: (name) => paths[name] ?? os.tmpdir(),
  getAppPath: () => process.env.FAKE_ELECTRON_APP_PATH || process.cwd(),
  enableSandbox: () => {
    state.sandbox = true;
  },
  requestSingleInstanceLock: () => {
    state.singleInstanceLock = true;
    return true;
  },
  whenReady: () => ready,
  isReady: () => true,
  quit: () => {
    state.quitRequested++;
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    app.emit('before-quit', event);
    if (event.prevented) return;
    app.emit('will-quit', event);
    if (event.prevented) return;
    state.quit = true;
    app.emit('quit');
    report({ kind: 'quit' });
    setTimeout(() => process.exit(0), 10);
  },
  exit: (code) => {
    state.exitCode = code;
    report({ kind: 'exit', code });
    setTimeout(() => process.exit(code), 10);
  },
});
setImmediate(() => {
  app.emit('ready');
  readyResolve();
});

// ---------- sessions ----------
function makeSession(name) {
  const rec = { name, beforeRequest: 0, permissionRequest: 0, permissionCheck: 0, devicePermission: 0, spellChecker: null, willDownload: 0 };
  state.sessions[name] = rec;
  const listeners = { beforeRequest: null };
  return {
    rec,
    listeners,
    webRequest: {
      onBeforeRequest: (fn) => {
        rec.beforeRequest++;
        listeners.beforeRequest = fn;
      },
    },
    setPermissionRequestHandler: (fn) => {
      rec.permissionRequest++;
      listeners.permissionRequest = fn;
    },
    setPermissionCheckHandler: (fn) => {
      rec.permissionCheck++;
      listeners.permissionCheck = fn;
    },
    setDevicePermissionHandler: () => {
      rec.devicePermission++;
    },
    setSpellCheckerEnabled: (v) => {
      rec.spellChecker = v;
    },
    on: (event) => {
      if (event === 'will-download') rec.willDownload++;
    },
  };
}
const defaultSession = makeSession('default');
const partitions = new Map();
const session = {
  defaultSession,
  fromPartition: (name) => {
    if (!partitions.has(name)) partitions.set(name, makeSession(name));
    return partitions.get(name);
  },
};

// ---------- windows ----------
const windows = [];
class WebContents extends EventEmitter {
  constructor(win) {
    super();
    this.win = win;
    this.openHandler = null;
  }
  send(channel, payload) {
    // What Electron would clone to the renderer.
    const bytes = v8.serialize(payload).length;
    state.sent.push({ channel, bytes });
    report({ kind: 'send', channel, payload });
  }
  setWindowOpenHandler(fn) {
    this.openHandler = fn;
  }
  async printToPDF() {
    return Buffer.from('%PDF-1.7 fake');
  }
}
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.url = null;
    this.destroyed = false;
    this.shown = false;
    this.webContents = new WebContents(this);
    windows.push(this);
    const rec = { options: structuredCloneSafe(options), url: null, shown: false };
    this.rec = rec;
    state.windows.push(rec);
    report({ kind: 'window' });
    app.emit('web-contents-created', {}, this.webContents);
    setImmediate(() => this.emit('ready-to-show'));
  }
  static getAllWindows() {
    return windows.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return null;
  }
  loadURL(url) {
    this.url = url;
    this.rec.url = url;
    return Promise.resolve();
  }
  show() {
    this.shown = true;
    this.rec.shown = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
    this.rec.destroyed = true;
    this.emit('closed');
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
}
app.on('web-contents-created', (_e, contents) => {
  // Count what main installs on every webContents (navigation guards, window-open handler).
  setImmediate(() => {
    if (contents.openHandler) state.webContentsGuards++;
  });
});

function structuredCloneSafe(v) {
  return JSON.parse(JSON.stringify(v));
}

// ---------- ipc, protocol, dialog ----------
const handlers = new Map();
const ipcMain = {
  handle: (channel, fn) => {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, fn);
    state.ipcChannels.push(channel);
  },
  removeHandler: (channel) => handlers.delete(channel),
  on: () => undefined,
};
const protocolHandlers = new Map();
const protocol = {
  registerSchemesAsPrivileged: (list) => state.privileged.push(...structuredCloneSafe(list)),
  handle: (scheme, fn) => {
    protocolHandlers.set(scheme, fn);
    state.protocolsHandled.push(scheme);
  },
};
let dialogAnswer = { canceled: true, filePaths: [] };
const dialog = {
  showOpenDialog: async (...args) => {
    state.dialogs.push(structuredCloneSafe(args.at(-1)));
    return dialogAnswer;
  },
  showErrorBox: (title, body) => {
    state.errorBoxes.push({ title, body });
    report({ kind: 'error-box', title, body });
  },
};

// ---------- utilityProcess ----------
const utilityProcess = {
  fork: (modulePath, args, options) => {
    const child = childProcess.fork(modulePath, args ?? [], {
      serialization: 'advanced',
      execArgv: [], // not this hook: the core never sees the fake electron
      env: options?.env ?? process.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const rec = { modulePath, args: args ?? [], serviceName: options?.serviceName ?? null, pid: child.pid, exitCode: undefined };
    state.utility.push(rec);
    report({ kind: 'fork', pid: child.pid, modulePath });
    const up = new EventEmitter();
    up.pid = child.pid;
    up.postMessage = (m) => {
      if (child.connected) child.send(m);
    };
    up.kill = () => child.kill();
    child.on('spawn', () => up.emit('spawn'));
    child.on('message', (m) => up.emit('message', m));
    child.on('exit', (code, signal) => {
      rec.exitCode = code;
      rec.signal = signal;
      up.emit('exit', code ?? 0);
    });
    return up;
  },
};

// ---------- control: the test drives main through this process's IPC ----------
const trustedEvent = (url) => ({ senderFrame: { url: url ?? 'app://whereabouts/index.html', parent: null }, sender: {} });

async function invoke(channel, req, frameUrl) {
  const fn = handlers.get(channel);
  if (!fn) throw new Error(`No handler registered for '${channel}'`);
  return fn(trustedEvent(frameUrl), req);
}

/** One call, with the main loop's worst stall measured two ways while it runs. */
async function measure(channel, req) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  let maxGap = 0;
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 1);
  h.enable();
  const t0 = performance.now();
  const env = await invoke(channel, req);
  // Electron clones the reply to the renderer on this thread: part of the cost.
  const bytes = v8.serialize(env).length;
  const ms = performance.now() - t0;
  // One more turn of the loop, so a stall at the very end is seen by the probe too.
  await new Promise((r) => setTimeout(r, 5));
  clearInterval(tick);
  h.disable();
  maxGap = Math.max(maxGap, performance.now() - last);
  return { ms, bytes, maxGapMs: maxGap, eldMaxMs: h.max / 1e6, ok: env.ok, error: env.ok ? null : env.error };
}

async function appRequest(url, method) {
  const fn = protocolHandlers.get('app');
  if (!fn) throw new Error('app:// is not handled');
  const res = await fn(new Request(url, { method: method ?? 'GET' }));
  const body = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), bytes: body.length };
}

process.on('message', (m) => {
  if (!m || typeof m !== 'object' || typeof m.op !== 'string') return;
  const reply = (payload) => report({ kind: 'reply', id: m.id, ...payload });
  const run = async () => {
    switch (m.op) {
      case 'state':
        return { state };
      case 'invoke':
        return { value: await invoke(m.channel, m.req, m.frameUrl) };
      case 'measure':
        return { value: await measure(m.channel, m.req) };
      case 'app-request':
        return { value: await appRequest(m.url, m.method) };
      case 'set-dialog':
        dialogAnswer = m.answer;
        return {};
      case 'quit':
        setImmediate(() => app.quit());
        return {};
      default:
        throw new Error(`unknown op ${m.op}`);
    }
  };
  run().then(
    (payload) => reply({ ok: true, ...payload }),
    (err) => reply({ ok: false, error: String(err && err.message ? err.message : err) }),
  );
});

module.exports = {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  dialog,
  utilityProcess,
  webUtils: { getPathForFile: () => '' },
  contextBridge: { exposeInMainWorld: () => undefined },
  ipcRenderer: { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined },
  __state: state,
};
