/**
 * Electron main: wiring only. Every decision lives in a plain module (no electron import, unit
 * tested under Node): url-policy, request-guard, switches, window-options, ipc-table,
 * app-protocol, paths. What is deliberately absent: shell.openExternal, crashReporter,
 * autoUpdater, any remote URL.
 *
 * Main does windows, the native file picker, the PDF print window and message routing, nothing
 * else. The core (store, imports, queries, claims, reports, erase, CSV) runs in a
 * `utilityProcess` (out/main/core-host.js, electron/core/host/), reached through
 * core/host/client.ts; this file holds no runtime import of it, so no call can stall the windows.
 *
 * Test mode (WHEREABOUTS_TEST=1, used by test/e2e/electron.spec.ts only): registers the extra IPC
 * channel `test.blockedRequests` (not in CHANNELS) and tells the preload to expose
 * `window.whereaboutsTest.blockedRequests()`; WHEREABOUTS_USER_DATA then picks a throwaway
 * profile folder.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, utilityProcess, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { connectCore, type CoreClient } from '../core/host/client';
import { fromUtilityProcess } from '../core/host/port';
import type { HostInit } from '../core/host/protocol';
import { superviseCore } from '../core/host/supervisor';
import { appDataDir } from '../core/profile-path';
import { TEST_BLOCKED_CHANNEL } from '../preload/ipc-wire';
import { appResponseHeaders, resolveAppUrl } from './app-protocol';
import { isTrustedEvent } from './ipc-table';
import { createOpenExportHandler } from './open-export';
import { createReportPdfHandler, isPdfSourceRequest, PDF_PARTITION, PDF_PRINT_OPTIONS, pdfWindowOptions, writePdfSource } from './report-pdf';
import { appPaths } from './paths';
import { followProfileSwitches, initForProfile } from './profile-follow';
import { HandedOverPaths } from './import-guard';
import { registerRoutes } from './routing';
import { createRequestGuard, type RequestGuard } from './request-guard';
import { applySwitches } from './switches';
import { APP_INDEX_URL, APP_SCHEME, isAllowedNavigation, type UrlPolicyOptions } from './url-policy';
import { windowOptions } from './window-options';

const testMode = process.env.WHEREABOUTS_TEST === '1';
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const dev = !app.isPackaged && typeof devServerUrl === 'string' && devServerUrl !== '';
const policy: UrlPolicyOptions = { dev, devServerUrl };
const guard = createRequestGuard(policy);

// --- before ready -------------------------------------------------------------------------
// The same profile folder as the CLI (core/profile-path.ts), on every OS.
const testUserData = testMode ? process.env.WHEREABOUTS_USER_DATA : undefined;
app.setPath('userData', testUserData ?? appDataDir({ platform: process.platform, env: process.env, homedir: homedir() }));
applySwitches(app.commandLine);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const paths = appPaths({
  packaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
  userData: app.getPath('userData'),
  mainDir: __dirname,
});

let core: CoreClient | null = null;
let mainWindow: BrowserWindow | null = null;

function hardenSession(ses: Session, requestGuard: RequestGuard): void {
  // The one onBeforeRequest listener of the session (Electron keeps only the last one).
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = requestGuard.shouldCancel(details.url);
    if (cancel) console.warn(`[whereabouts] blocked request: ${details.url}`);
    callback({ cancel });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  // CSV "downloads" are blob: URLs made by the page; nothing else may be downloaded.
  ses.on('will-download', (event, item) => {
    const url = item.getURL();
    if (!url.startsWith('blob:') && !url.startsWith('data:')) event.preventDefault();
  });
}

function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const text = appResponseHeaders('text/plain; charset=utf-8');
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers: text });
    const target = resolveAppUrl(request.url, paths.rendererDir);
    if (target.kind === 'refused') return new Response('Bad path', { status: 400, headers: text });
    try {
      const body = await readFile(target.path);
      return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(target.contentType) });
    } catch {
      return new Response('Not found', { status: 404, headers: text });
    }
  });
}

function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!isAllowedNavigation(event.url, policy)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isAllowedNavigation(event.url, policy)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAllowedNavigation(event.url, policy)) event.preventDefault();
    });
  });
}

/** The native picker (open-export.ts), over the focused window when there is one. */
/** Paths the person handed over (picker, dropped files): the only ones import.start may read. */
const handed = new HandedOverPaths();

const openExport = createOpenExportHandler((options) => {
  const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
}, handed);

/** Prints report HTML in a hidden, script-less window of its own session (policy: report-pdf.ts). */
async function printReportPdf(html: string): Promise<Buffer> {
  const source = writePdfSource(html, app.getPath('temp'));
  const ses = session.fromPartition(PDF_PARTITION);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPdfSourceRequest(details.url, source.url) }));
  const win = new BrowserWindow(pdfWindowOptions());
  try {
    await win.loadURL(source.url);
    return await win.webContents.printToPDF(PDF_PRINT_OPTIONS);
  } finally {
    win.destroy();
    source.remove();
  }
}

function registerIpc(c: CoreClient): void {
  // Main answers the two channels that need a window (report.pdf asks the core for the HTML
  // first); everything else goes to the core process and its envelope comes back as is.
  registerRoutes({
    ipcMain,
    core: c,
    own: { 'dialog.openExport': openExport, 'report.pdf': createReportPdfHandler(c.handlers, printReportPdf) },
    policy,
    handed,
    broadcast: (channel, payload) => {
      for (const win of BrowserWindow.getAllWindows()) if (!win.isDestroyed()) win.webContents.send(channel, payload);
    },
  });
  if (testMode) {
    ipcMain.handle(TEST_BLOCKED_CHANNEL, (event) => {
      if (!isTrustedEvent(event, policy)) throw new Error('IPC refused: untrusted sender');
      return guard.blocked();
    });
  }
}

function createWindow(): void {
  const win = new BrowserWindow(windowOptions({ preloadPath: paths.preloadPath, dev, testMode }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(dev && devServerUrl ? devServerUrl : APP_INDEX_URL);
}

async function start(): Promise<void> {
  guardAllWebContents();
  await app.whenReady();
  hardenSession(session.defaultSession, guard);
  registerAppProtocol();
  mkdirSync(dirname(paths.dbPath), { recursive: true });
  // The core process; imports go one step further, to its worker_threads worker. If it dies,
  // the supervisor starts another for the next calls (core/host/supervisor.ts).
  // After profiles.switch a restarted core opens the profile switched to (profile-follow.ts).
  let init: HostInit = { dbPath: paths.dbPath, resourcesDir: paths.resourcesDir, transport: 'electron', tempDir: paths.tempDir, profilesDir: paths.profilesDir };
  const startCore = async (): Promise<CoreClient> => {
    const child = utilityProcess.fork(paths.coreEntry, [], { serviceName: 'Whereabouts core', stdio: 'inherit' });
    try {
      return await connectCore(fromUtilityProcess(child), init);
    } catch (err) {
      child.kill();
      throw err;
    }
  };
  try {
    const supervised = await superviseCore(startCore, {
      onExit: (code, restarting) => console.error(`[whereabouts] the core process stopped (exit code ${code ?? 'unknown'})${restarting ? '; starting a new one' : '; giving up'}`),
    });
    core = followProfileSwitches(supervised, (dbPath) => {
      init = initForProfile(init, dbPath);
    });
  } catch (err) {
    dialog.showErrorBox('Whereabouts could not open its database', `${paths.dbPath}\n\n${err instanceof Error ? err.message : String(err)}`);
    app.exit(1);
    return;
  }
  registerIpc(core);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

// One instance per profile: two processes writing one SQLite file would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (core === null || closed) return;
    event.preventDefault();
    const c = core;
    void c.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  start().catch((err: unknown) => {
    console.error('[whereabouts] failed to start:', err);
    app.exit(1);
  });
}
