/**
 * Which better-sqlite3 native binding fits which runtime, shared by `npm start` (scripts/start.mjs),
 * `npm run check:native-abi` and its unit tests (test/unit/shell/native-abi.test.ts).
 *
 * A checkout keeps two builds side by side:
 *   node_modules/better-sqlite3/build/Release/better_sqlite3.node   for Node (CLI, serve, tests)
 *   build/electron/better_sqlite3.node                              for Electron (`npm run rebuild:electron`)
 * The app picks the Electron one with better-sqlite3's `nativeBinding` option when it runs under
 * Electron (electron/core/store/native-binding.ts). A binding's ABI is read from its
 * `node_register_module_vNNN` symbol; N-API builds (`napi_register_module_v1`) fit every runtime.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NODE_BINDING = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
export const ELECTRON_BINDING = join('build', 'electron', 'better_sqlite3.node');

/** @returns {{kind: 'abi', abi: number} | {kind: 'napi'} | {kind: 'unknown'} | {kind: 'missing'}} */
export function abiOf(file) {
  if (!existsSync(file)) return { kind: 'missing' };
  const text = readFileSync(file).toString('latin1');
  const m = /node_register_module_v(\d+)/.exec(text);
  if (m) return { kind: 'abi', abi: Number(m[1]) };
  if (/napi_register_module_v\d+/.test(text)) return { kind: 'napi' };
  return { kind: 'unknown' };
}

/** Electron's NODE_MODULE_VERSION from node_modules/electron/abi_version; null when not installed. */
export function electronAbi(root) {
  const f = join(root, 'node_modules', 'electron', 'abi_version');
  if (!existsSync(f)) return null;
  const n = Number(readFileSync(f, 'utf8').trim());
  return Number.isInteger(n) && n > 0 ? n : null;
}

const fits = (r, abi) => r.kind === 'napi' || (r.kind === 'abi' && r.abi === abi);

/**
 * Before launching Electron: is there a binding it can load, the one the app will pick?
 * The app prefers build/electron/…; without it, better-sqlite3's own build must fit.
 * @returns {{ok: true, binding: string} | {ok: false, message: string}}
 */
export function checkElectronBinding(root, abi) {
  const electronBuild = abiOf(join(root, ELECTRON_BINDING));
  if (electronBuild.kind !== 'missing') {
    if (fits(electronBuild, abi)) return { ok: true, binding: ELECTRON_BINDING };
    const built = electronBuild.kind === 'abi' ? `ABI ${electronBuild.abi}` : 'an unknown ABI';
    return { ok: false, message: mismatch(`${ELECTRON_BINDING} is built for ${built}`, abi) };
  }
  const nodeBuild = abiOf(join(root, NODE_BINDING));
  if (fits(nodeBuild, abi)) return { ok: true, binding: NODE_BINDING };
  const what =
    nodeBuild.kind === 'missing'
      ? 'better-sqlite3 is not built (run npm install first)'
      : `there is no Electron build of better-sqlite3 (${ELECTRON_BINDING}), and the one in node_modules is built for ${nodeBuild.kind === 'abi' ? `ABI ${nodeBuild.abi}${nodeBuild.abi === Number(process.versions.modules) ? ' (this Node)' : ''}` : 'an unknown ABI'}`;
  return { ok: false, message: mismatch(what, abi) };
}

function mismatch(what, abi) {
  return (
    `Whereabouts cannot start in Electron: ${what}, but this Electron needs ABI ${abi}.\n` +
    'Run  npm run rebuild:electron  once (it builds an Electron copy beside the Node one; needs a C++ toolchain and the Electron headers, ' +
    'so internet or npm_config_nodedir pointing at them), then npm start again. ' +
    'To use the app right away in your browser instead: npx whereabouts serve'
  );
}
