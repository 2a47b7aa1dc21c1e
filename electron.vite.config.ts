import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main bundle holds three entries: the Electron main process, the import worker (a
// worker_threads file) and the CLI. None of them may import `electron` except main/index.
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          'import-worker': resolve(__dirname, 'electron/core/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
