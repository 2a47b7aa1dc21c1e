/**
 * The BrowserWindow options. Every webPreferences flag is spelled out even where it matches
 * Electron's default, so a review (and window-options.test.ts) sees the whole security posture.
 */
import { TEST_ARG } from '../preload/ipc-wire';

export interface WindowOptionsInput {
  preloadPath: string;
  dev: boolean;
  testMode: boolean;
}

export function windowOptions({ preloadPath, dev, testMode }: WindowOptionsInput) {
  return {
    width: 1280,
    height: 840,
    minWidth: 820,
    minHeight: 560,
    show: false, // shown on ready-to-show: no white flash
    title: 'Whereabouts',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // The spellchecker downloads Hunspell dictionaries from Google.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: dev || testMode,
      additionalArguments: testMode ? [TEST_ARG] : [],
    },
  } as const;
}
