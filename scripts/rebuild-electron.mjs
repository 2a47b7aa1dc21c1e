#!/usr/bin/env node
/**
 * `npm run rebuild:electron`: build better-sqlite3 for the installed Electron's ABI into
 * build/electron/better_sqlite3.node, beside (never over) the Node build in node_modules that the
 * CLI, `serve` and the tests load. The app picks it under Electron (electron/core/store/native-binding.ts)
 * and `npm start` checks it before launch (scripts/native-abi.mjs).
 *
 * Needs the Electron runtime installed (`npx install-electron`), a C++ toolchain, and Electron's
 * headers (downloaded by node-gyp, or npm_config_nodedir pointing at them). Builds in a private
 * copy of the package under build/electron-rebuild/ so node_modules stays as it is.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { abiOf, ELECTRON_BINDING, electronAbi } from './native-abi.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPkg = join(root, 'node_modules', 'electron', 'package.json');
if (!existsSync(electronPkg)) {
  console.error('rebuild:electron: the electron package is not installed (npm install).');
  process.exit(1);
}
const electronVersion = JSON.parse(readFileSync(electronPkg, 'utf8')).version;
const abi = electronAbi(root);
const source = join(root, 'node_modules', 'better-sqlite3');
const sqliteVersion = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;

const work = join(root, 'build', 'electron-rebuild');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'whereabouts-electron-rebuild', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2));
// The sources only: its Node build must not be mistaken for the result.
cpSync(source, join(work, 'node_modules', 'better-sqlite3'), { recursive: true, filter: (p) => !p.includes(`${join('better-sqlite3', 'build')}`) });

const { rebuild } = await import('@electron/rebuild');
console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (ABI ${abi ?? '?'})…`);
await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true, buildFromSource: true });

const built = join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(built)) {
  console.error(`rebuild:electron: the build did not produce ${built}.`);
  process.exit(1);
}
const dest = join(root, ELECTRON_BINDING);
mkdirSync(dirname(dest), { recursive: true });
cpSync(built, dest);
rmSync(work, { recursive: true, force: true });
const r = abiOf(dest);
console.log(`${ELECTRON_BINDING}: ${r.kind === 'abi' ? `ABI ${r.abi}` : r.kind}${abi !== null && r.kind === 'abi' && r.abi !== abi ? ` — but Electron needs ${abi}!` : ''}`);
process.exit(r.kind === 'napi' || (r.kind === 'abi' && r.abi === abi) ? 0 : 1);
