#!/usr/bin/env node
/**
 * Guard for packaging (`npm run dist`): the better-sqlite3 binary that ships must be built for
 * Electron's ABI, not host Node's. `electron-builder install-app-deps` can silently build for host
 * Node (npm config `nodedir=/usr`); the app would then crash at start with NODE_MODULE_VERSION.
 *
 * Compares the `node_register_module_vNNN` symbol in better_sqlite3.node (in node_modules and in
 * any packaged dist/*\/…app.asar.unpacked copy) with node_modules/electron/abi_version.
 * N-API builds (`napi_register_module_v1`, better-sqlite3 ≥ 13) are ABI-independent and pass.
 * Exit 0 = all match, 1 = mismatch or nothing to check.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { abiOf } from './native-abi.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REL = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

function findPackaged(dir, depth = 0, out = []) {
  if (depth > 6 || !existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'app.asar.unpacked') {
      const candidate = join(p, REL);
      if (existsSync(candidate)) out.push(candidate);
    } else if (statSync(p).isDirectory() && name !== 'node_modules') findPackaged(p, depth + 1, out);
  }
  return out;
}

const abiFile = join(root, 'node_modules', 'electron', 'abi_version');
if (!existsSync(abiFile)) {
  console.error('check-native-abi: node_modules/electron/abi_version is missing (is electron installed?).');
  process.exit(1);
}
const electronAbi = Number(readFileSync(abiFile, 'utf8').trim());
const hostAbi = Number(process.versions.modules);

const files = [join(root, REL), ...findPackaged(join(root, 'dist'))].filter((f) => existsSync(f));
if (files.length === 0) {
  console.error(`check-native-abi: no better_sqlite3.node found (${REL}).`);
  process.exit(1);
}

let ok = true;
for (const file of files) {
  const r = abiOf(file);
  const name = relative(root, file);
  if (r.kind === 'napi') {
    console.log(`${name}: N-API build, ABI-independent — OK`);
  } else if (r.kind === 'abi') {
    console.log(`better_sqlite3.node ABI=${r.abi} electron ABI=${electronAbi} host node ABI=${hostAbi}  (${name})`);
    if (r.abi !== electronAbi) {
      ok = false;
      console.error(
        `check-native-abi: ${name} is built for ABI ${r.abi}${r.abi === hostAbi ? ' (this host Node)' : ''}, but Electron needs ABI ${electronAbi}. ` +
          'Rebuild it for Electron on a machine with internet and npm_config_nodedir unset (electron-builder with npmRebuild: true), then check again.',
      );
    }
  } else {
    ok = false;
    console.error(`check-native-abi: ${name}: no module registration symbol found; cannot tell its ABI.`);
  }
}
process.exit(ok ? 0 : 1);
