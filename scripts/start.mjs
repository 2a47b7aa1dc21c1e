#!/usr/bin/env node
/**
 * `npm start`: build if needed, then run the desktop app when an Electron runtime is installed,
 * otherwise the very same app in the browser via `whereabouts serve` (which prints the URL).
 * Never downloads anything: `require('electron')` would try to fetch the binary, so the runtime is
 * looked up on disk instead (node_modules/electron/path.txt + dist/, or ELECTRON_EXEC_PATH).
 * Before launching Electron it checks that a better-sqlite3 binding built for Electron's ABI is
 * there (build/electron/, made by `npm run rebuild:electron`) and says what to run if not.
 * Arguments after `npm start --` go to `serve` (e.g. `--db PATH`, `--port N`, `--no-open`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkElectronBinding, electronAbi } from './native-abi.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// Everything `npm run build` makes that the app needs at start: bundles (app, CLI, core process,
// import worker, preload, page) and the generated data (IP datasets, sample, personas).
const built = [
  'out/main/index.js', 'out/main/cli.js', 'out/main/core-host.js', 'out/main/import-worker.js', 'out/preload/index.js', 'out/renderer/index.html',
  'resources/generated/datasets.json', 'resources/generated/sample', 'resources/generated/personas',
].every((f) => existsSync(join(root, f)));
if (!built) {
  console.log('Building Whereabouts first (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '-s', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The Electron binary if it is really on disk; null otherwise. */
function electronBinary() {
  const override = process.env.ELECTRON_EXEC_PATH;
  if (override && existsSync(override)) return override;
  const pkg = join(root, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist'), readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

/**
 * Run a child with our stdio and wait for it. Ctrl+C already reaches the child through the
 * terminal's process group, so SIGINT is only swallowed here (forwarding it would count as a second
 * Ctrl+C, which `serve` treats as "stop now"); SIGTERM, sent to us alone, is passed on.
 */
function run(cmd, cmdArgs, env = process.env) {
  const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env });
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`Could not start ${cmd}: ${err.message}`);
    process.exit(1);
  });
}

const electron = electronBinary();
if (electron) {
  // Electron cannot load a better-sqlite3 built for Node's ABI: say what to run rather than fail
  // later at "could not open its database" (scripts/native-abi.mjs).
  const abi = electronAbi(root);
  const binding = abi === null ? null : checkElectronBinding(root, abi);
  if (binding && !binding.ok) {
    console.error(binding.message);
    process.exit(1);
  }
  // ELECTRON_RUN_AS_NODE would turn the app into plain Node; make sure it is off.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, ['.'], env);
} else {
  console.log('Electron runtime not installed (offline machine?) — starting the same app in your browser instead:');
  run(process.execPath, [join(root, 'bin', 'whereabouts.js'), 'serve', ...args]);
}
