import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/window-options';
import { TEST_ARG } from '../../../electron/preload/ipc-wire';

describe('window options', () => {
  it('has the full hardened webPreferences', () => {
    const { webPreferences: w } = windowOptions({ preloadPath: '/app/out/preload/index.js', dev: false, testMode: false });
    expect(w).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(w).not.toHaveProperty('enableBlinkFeatures');
    expect(w.additionalArguments).toEqual([]);
  });

  it('passes the test flag to the preload only in test mode', () => {
    expect(windowOptions({ preloadPath: 'p', dev: false, testMode: true }).webPreferences.additionalArguments).toEqual([TEST_ARG]);
  });
});
