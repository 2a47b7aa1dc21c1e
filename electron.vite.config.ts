import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main bundle holds four entries: the Electron main process, the core process (started by main
// with utilityProcess.fork), the import worker (a worker_threads file inside the core process)
// and the CLI. None of them may import `electron` except main/index, and main/index holds no
// store, import or analysis code (test/integration/main-boot.test.ts checks the built chunks).
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'core-host': resolve(__dirname, 'electron/core/host/entry.ts'),
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
