/**
 * Item "it starts": the better-sqlite3 binding that fits the runtime. No Electron runtime exists
 * here, so the choice of binding and the mismatch message are tested on files that carry the
 * same registration symbols as real bindings; `npm start` itself is run for the mismatch and
 * the browser fallback when the app is built.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { abiOf, checkElectronBinding as check, ELECTRON_BINDING, NODE_BINDING } from '../../../scripts/native-abi.mjs';
import { chooseNativeBinding, explainBindingError } from '../../../electron/core/store/native-binding';

const root = join(__dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'wa-abi-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A project folder whose bindings carry these registration symbols (what abiOf reads). */
function project(bindings: { node?: string; electron?: string }): string {
  const dir = join(tmp, `p${n++}`);
  for (const [rel, symbol] of [[NODE_BINDING, bindings.node], [ELECTRON_BINDING, bindings.electron]] as const) {
    if (symbol === undefined) continue;
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(`\0${symbol}\0`, 'latin1')]));
  }
  return dir;
}

describe('reading a binding\'s ABI', () => {
  it('the real Node build in node_modules is built for this Node', () => {
    expect(abiOf(join(root, NODE_BINDING))).toEqual({ kind: 'abi', abi: Number(process.versions.modules) });
  });
  it('ABI builds, N-API builds, unknown and missing files', () => {
    const p = project({ node: 'node_register_module_v115', electron: 'napi_register_module_v1' });
    expect(abiOf(join(p, NODE_BINDING))).toEqual({ kind: 'abi', abi: 115 });
    expect(abiOf(join(p, ELECTRON_BINDING))).toEqual({ kind: 'napi' });
    expect(abiOf(join(project({ node: 'nothing here' }), NODE_BINDING))).toEqual({ kind: 'unknown' });
    expect(abiOf(join(tmp, 'none.node'))).toEqual({ kind: 'missing' });
  });
});

describe('before launching Electron (scripts/start.mjs)', () => {
  it('a checkout with only the Node build: refused, naming both ABIs and what to run', () => {
    const r = check(project({ node: 'node_register_module_v115' }), 150);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^Whereabouts cannot start in Electron: there is no Electron build of better-sqlite3 \(build\/electron\/better_sqlite3\.node\), and the one in node_modules is built for ABI 115/);
    expect(r.message).toContain('this Electron needs ABI 150');
    expect(r.message).toContain('npm run rebuild:electron');
    expect(r.message).toContain('npx whereabouts serve');
  });
  it('an Electron build of the right ABI beside it: go, with that binding', () => {
    expect(check(project({ node: 'node_register_module_v115', electron: 'node_register_module_v150' }), 150)).toEqual({ ok: true, binding: ELECTRON_BINDING });
  });
  it('a stale Electron build (another Electron version): refused, naming it', () => {
    const r = check(project({ node: 'node_register_module_v115', electron: 'node_register_module_v143' }), 150);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('build/electron/better_sqlite3.node is built for ABI 143, but this Electron needs ABI 150');
  });
  it('node_modules already rebuilt for Electron (packaging did it), or an N-API build: go', () => {
    expect(check(project({ node: 'node_register_module_v150' }), 150)).toEqual({ ok: true, binding: NODE_BINDING });
    expect(check(project({ node: 'napi_register_module_v1' }), 150)).toEqual({ ok: true, binding: NODE_BINDING });
  });
  it('nothing built: says to install first', () => {
    const r = check(project({}), 150);
    expect(r.ok ? '' : r.message).toContain('better-sqlite3 is not built (run npm install first)');
  });
});

describe('which binding the app loads (electron/core/store/native-binding.ts)', () => {
  const withElectronBuild = project({ electron: 'node_register_module_v150' });
  const bundleDir = join(withElectronBuild, 'out', 'main', 'chunks');
  it('under Node: better-sqlite3\'s own lookup (undefined), even when an Electron build exists', () => {
    expect(chooseNativeBinding({ electron: undefined, starts: [bundleDir] })).toBeUndefined();
  });
  it('under Electron: the build/electron copy found upward from the bundle', () => {
    expect(chooseNativeBinding({ electron: '45.5.0', starts: [bundleDir] })).toBe(join(withElectronBuild, ELECTRON_BINDING));
  });
  it('under Electron without such a copy (a packaged app, rebuilt by electron-builder): its own lookup', () => {
    expect(chooseNativeBinding({ electron: '45.5.0', starts: [join(tmp, 'elsewhere', 'app.asar', 'out', 'main')], exists: (p) => p.startsWith(withElectronBuild) })).toBeUndefined();
  });
  it('WHEREABOUTS_NATIVE_BINDING overrides', () => {
    expect(chooseNativeBinding({ electron: undefined, starts: [], override: '/opt/b.node' })).toBe('/opt/b.node');
  });
  it('a load error for the wrong ABI becomes a sentence saying what to run', () => {
    const e = explainBindingError(new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 150.'));
    expect(e?.message).toMatch(/built for a different runtime .* Run npm rebuild better-sqlite3/);
    expect(explainBindingError(new Error('SQLITE_CANTOPEN'))).toBeNull();
  });
});

const built = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.js', 'out/renderer/index.html'].every((f) => existsSync(join(root, f)));

/** Runs `node scripts/start.mjs` until `until` matches its output or it exits. */
function runStart(env: NodeJS.ProcessEnv, args: string[], until: RegExp): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), ...args], { cwd: root, env: { ...process.env, ...env } });
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGTERM'); reject(new Error(`start.mjs timed out:\n${out}`)); }, 30_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      if (until.test(out)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, out }); });
  });
}

describe.runIf(built)('npm start (scripts/start.mjs, the app built)', () => {
  it('with an Electron runtime but only the Node build of better-sqlite3: stops before launch and says what to run', async () => {
    // Any existing file stands in for the runtime: start.mjs must refuse before executing it.
    const r = await runStart({ ELECTRON_EXEC_PATH: join(root, 'package.json') }, [], /$^/);
    expect(r.code).toBe(1);
    expect(r.out).toContain('npm run rebuild:electron');
    expect(r.out).toContain(`ABI ${process.versions.modules}`);
  });
  it('without an Electron runtime: starts the same app in the browser (serve)', async () => {
    const empty = join(tmp, 'no-electron');
    mkdirSync(empty, { recursive: true });
    const r = await runStart({ ELECTRON_EXEC_PATH: '', ELECTRON_OVERRIDE_DIST_PATH: empty }, ['--no-open', '--db', join(tmp, 'start.db')], /http:\/\/127\.0\.0\.1:\d+\/#token=/);
    expect(r.out).toContain('Electron runtime not installed');
    expect(r.out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#token=/);
  }, 40_000);
});
