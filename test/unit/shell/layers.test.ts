/**
 * Layer rules (ARCHITECTURE.md), checked on the sources:
 *   electron/core/**  never imports electron
 *   renderer/**       never imports Node built-ins nor electron
 *   shared/**         imports only shared/ (and zod in shared/schemas/: the contract's one schema source)
 *   network modules   (http, https, net, tls, dgram, dns, http2) only in electron/core/serve/**
 *   electron/**       never calls fetch()/WebSocket/EventSource (Node code has no network)
 *   electron/main     only index.ts imports electron; the rest is plain, unit-tested logic
 *   electron/cli      never imports electron
 *   electron/preload  imports only electron, shared/ and itself
 */
import { builtinModules } from 'node:module';
import { dirname, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, listSources, read, stripComments } from './source-scan';

const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isBuiltin = (s: string) => s.startsWith('node:') || BUILTINS.has(s) || BUILTINS.has(s.split('/')[0]!);
const NETWORK = ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2'];
const isNetwork = (s: string) => NETWORK.includes(s.replace(/^node:/, '').split('/')[0]!);

function violations(files: string[], bad: (spec: string, file: string) => boolean): string[] {
  const out: string[] = [];
  for (const f of files) for (const s of importSpecifiers(read(f))) if (bad(s, f)) out.push(`${f} imports "${s}"`);
  return out;
}

const electronFiles = listSources('electron');
const rendererFiles = listSources('renderer');
const sharedFiles = listSources('shared');

describe('import layers', () => {
  it('finds the sources it checks', () => {
    expect(electronFiles.length).toBeGreaterThan(10);
    expect(sharedFiles).toContain('shared/api.ts');
  });

  it('electron/core never imports electron', () => {
    expect(violations(electronFiles.filter((f) => f.startsWith('electron/core/')), isElectron)).toEqual([]);
  });

  it('renderer never imports Node built-ins or electron', () => {
    expect(violations(rendererFiles, (s) => isElectron(s) || isBuiltin(s))).toEqual([]);
  });

  it('shared imports only shared (and zod in shared/schemas)', () => {
    const outside = (s: string, f: string) => {
      if (s === 'zod' && f.startsWith('shared/schemas/')) return false;
      return !s.startsWith('.') || !posix.normalize(posix.join(dirname(f), s)).startsWith('shared/');
    };
    expect(violations(sharedFiles, outside)).toEqual([]);
  });

  it('only electron/core/serve imports network modules', () => {
    const files = [...electronFiles, ...rendererFiles, ...sharedFiles, ...listSources('bin')].filter((f) => !f.startsWith('electron/core/serve/'));
    expect(violations(files, isNetwork)).toEqual([]);
  });

  it('electron/main: only index.ts imports electron', () => {
    const plain = electronFiles.filter((f) => f.startsWith('electron/main/') && f !== 'electron/main/index.ts');
    expect(plain.length).toBeGreaterThan(5);
    expect(violations(plain, isElectron)).toEqual([]);
  });

  it('electron/cli never imports electron', () => {
    expect(violations(electronFiles.filter((f) => f.startsWith('electron/cli/')), isElectron)).toEqual([]);
  });

  it('electron/preload imports only electron, shared/ and itself', () => {
    const files = electronFiles.filter((f) => f.startsWith('electron/preload/'));
    const bad = (s: string, f: string) => {
      if (s === 'electron') return false;
      if (!s.startsWith('.')) return true;
      const target = posix.normalize(posix.join(dirname(f), s));
      return !target.startsWith('shared/') && !target.startsWith('electron/preload/');
    };
    expect(violations(files, bad)).toEqual([]);
  });

  it('no Node code under electron/ calls fetch, WebSocket or EventSource', () => {
    const hits: string[] = [];
    for (const f of electronFiles) {
      const code = stripComments(read(f));
      if (/\bfetch\s*\(|\bnew\s+WebSocket\b|\bnew\s+EventSource\b|\bnet\.request\s*\(/.test(code)) hits.push(f);
    }
    expect(hits).toEqual([]);
  });
});

describe('scanner self-check', () => {
  it('sees every import form and ignores comments', () => {
    const src = `
      import a from 'electron';
      import type { B } from "node:http";
      import 'side-effect';
      export { c } from './c';
      export * from '../d';
      const e = await import('e');
      const f = require("f");
      // import g from 'g';
      /* require('h') */
      const url = 'http://example.com'; import i from 'i';
    `;
    expect(importSpecifiers(src)).toEqual(expect.arrayContaining(['electron', 'node:http', 'side-effect', './c', '../d', 'e', 'f', 'i']));
    expect(importSpecifiers(src)).not.toContain('g');
    expect(importSpecifiers(src)).not.toContain('h');
    expect(isNetwork('node:dns/promises')).toBe(true);
    expect(isBuiltin('fs/promises')).toBe(true);
    expect(isBuiltin('zustand')).toBe(false);
  });
});
