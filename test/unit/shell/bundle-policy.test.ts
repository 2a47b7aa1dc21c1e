/**
 * Static check of the BUILT bundles (run `npm run build` first; CI builds before testing):
 *   out/main/index.js (+ chunks it requires), out/main/import-worker.js, out/main/core-host.js
 *     (the core process; no electron either): no network module
 *     (http, https, net, tls, dgram, dns, http2), no net.request(, fetch(, WebSocket
 *   out/main/cli.js: the serve transport's node:http only; nothing else of the above; no electron
 *   out/preload/index.js: one self-contained CJS file that requires only electron, exposes only
 *     `api` (plus the test-mode `whereaboutsTest`), and never hands out ipcRenderer itself.
 * WHEREABOUTS_OUT_DIR points it at another build folder.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, stripComments } from './source-scan';

const OUT = resolve(ROOT, process.env.WHEREABOUTS_OUT_DIR || 'out');
const MAIN = join(OUT, 'main', 'index.js');
const PRELOAD = join(OUT, 'preload', 'index.js');
const built = existsSync(MAIN) && existsSync(PRELOAD);

const NETWORK = ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2'];
const requires = (code: string): string[] => [...code.matchAll(/\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
const isNetwork = (s: string): boolean => NETWORK.includes(s.replace(/^node:/, '').split('/')[0]!);

/** The entry and every local chunk it requires, transitively. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of requires(readFileSync(file, 'utf8'))) if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
  };
  walk(entry);
  return [...seen];
}

function problems(files: string[], allowNetwork: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const f of files) {
    const code = stripComments(readFileSync(f, 'utf8'));
    const name = f.startsWith(OUT) ? f.slice(OUT.length + 1) : basename(f);
    for (const spec of requires(code)) if (isNetwork(spec) && !allowNetwork.includes(spec)) out.push(`${name}: require("${spec}")`);
    if (/\bnet\.request\s*\(/.test(code)) out.push(`${name}: net.request(`);
    if (/\bfetch\s*\(/.test(code)) out.push(`${name}: fetch(`);
    if (/\bnew\s+WebSocket\b/.test(code)) out.push(`${name}: new WebSocket`);
    if (/\bimport\s*\(\s*["'`](node:)?(http|https|net|tls|dgram|dns|http2)["'`]/.test(code)) out.push(`${name}: dynamic import of a network module`);
  }
  return out;
}

if (!built) console.warn(`bundle-policy: SKIPPED, ${OUT} has no build (run npm run build first; CI builds before testing).`);

describe('bundle policy self-check', () => {
  it('catches network requires, fetch and net.request in a bundle, following chunks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-bundle-'));
    try {
      writeFileSync(join(dir, 'entry.js'), 'require("./chunk.js"); // fetch( in a comment is fine\nconst x = "prefetch";');
      writeFileSync(join(dir, 'chunk.js'), 'const h = require("node:https"); electron.net.request(u); globalThis.fetch(u); require("dns");');
      expect(reachable(join(dir, 'entry.js')).map((f) => basename(f)).sort()).toEqual(['chunk.js', 'entry.js']);
      expect(problems(reachable(join(dir, 'entry.js')))).toEqual([
        'chunk.js: require("node:https")',
        'chunk.js: require("dns")',
        'chunk.js: net.request(',
        'chunk.js: fetch(',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!built)(`bundle policy (${built ? OUT : `SKIPPED: ${OUT} has no build — run npm run build first`})`, () => {
  it('the Electron main bundle (and its chunks) has no network code', () => {
    const files = reachable(MAIN);
    expect(problems(files)).toEqual([]);
  });

  it('the import worker has no network code', () => {
    const worker = join(OUT, 'main', 'import-worker.js');
    expect(existsSync(worker)).toBe(true);
    expect(problems(reachable(worker))).toEqual([]);
  });

  it('the core process bundle has no network code and never requires electron', () => {
    const core = join(OUT, 'main', 'core-host.js');
    expect(existsSync(core)).toBe(true);
    const files = reachable(core);
    expect(problems(files)).toEqual([]);
    for (const f of files) expect(requires(readFileSync(f, 'utf8')).filter((s) => s === 'electron'), f).toEqual([]);
  });

  it('the CLI bundle uses node:http (the serve transport) and nothing else networked, and no electron', () => {
    const files = reachable(join(OUT, 'main', 'cli.js'));
    expect(problems(files, ['node:http', 'http'])).toEqual([]);
    for (const f of files) expect(requires(readFileSync(f, 'utf8')).filter((s) => s === 'electron'), f).toEqual([]);
  });

  it('the preload is one file that requires only electron', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    expect(requires(code)).toEqual(['electron']);
    expect(problems([PRELOAD])).toEqual([]);
  });

  it('the preload exposes only `api` (and the test-mode hook), never ipcRenderer itself', () => {
    const code = stripComments(readFileSync(PRELOAD, 'utf8'));
    const exposed = [...code.matchAll(/exposeInMainWorld\s*\(\s*["'`]([^"'`]+)["'`]\s*,\s*([^)]{0,60})/g)];
    const keys = exposed.map((m) => m[1]);
    expect(keys).toContain('api');
    expect(keys.filter((k) => k !== 'api' && k !== 'whereaboutsTest')).toEqual([]);
    for (const m of exposed) expect(m[2], `exposeInMainWorld("${m[1]}", …)`).not.toMatch(/^\s*(\w+\.)?ipcRenderer\s*[,)]?\s*$/);
    // Every mention of ipcRenderer is a call of one of its methods, so the object never escapes.
    const uses = [...code.matchAll(/\bipcRenderer\b(.{0,20})/g)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const after of uses) expect(after).toMatch(/^\.(invoke|on|removeListener)\s*\(/);
    // No generic pass-through of channel names chosen by the page.
    expect(code).not.toMatch(/\bipcRenderer\.(send|sendSync|sendToHost|postMessage)\b/);
  });
});
