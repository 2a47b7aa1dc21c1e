/**
 * The dependency rules of `npm run lint` (.dependency-cruiser.cjs, and .dependency-cruiser.runtime.cjs
 * for the runtime graph) fire. A temporary tree laid out like the repository holds one planted
 * violation per rule (and per forbidden target), plus allowed imports next to them; the real
 * depcruise CLI runs on it with the real configs, and the violations it reports must be exactly
 * the planted ones: a rule that stops matching fails here, and so does one that starts flagging
 * allowed imports.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const CONFIGS = [join(ROOT, '.dependency-cruiser.cjs'), join(ROOT, '.dependency-cruiser.runtime.cjs')];
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface RuleConfig { forbidden: { name: string }[] }
const load = createRequire(__filename);
const ruleNames = CONFIGS.flatMap((c) => (load(c) as RuleConfig).forbidden.map((r) => r.name));

/** Files of the planted tree: path → source. Stub packages stand in for electron and react. */
const TREE: Record<string, string> = {
  'tsconfig.node.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', target: 'ES2023' } }),
  'node_modules/electron/package.json': JSON.stringify({ name: 'electron', main: 'index.js' }),
  'node_modules/electron/index.js': 'module.exports = {};\n',
  'node_modules/react/package.json': JSON.stringify({ name: 'react', main: 'index.js' }),
  'node_modules/react/index.js': 'module.exports = {};\n',
  'node_modules/zod/package.json': JSON.stringify({ name: 'zod', main: 'index.js' }),
  'node_modules/zod/index.js': 'module.exports = {};\n',

  // Targets (never violate anything themselves).
  'shared/api.ts': 'export const CHANNELS = [] as const;\n',
  'renderer/src/lib/format.ts': "import { CHANNELS } from '../../../shared/api';\nexport const n = CHANNELS.length;\n",
  'electron/main/router.ts': 'export const route = 1;\n',
  'electron/core/api/core.ts': 'export interface Core { x: number }\nexport const createCore = () => 1;\n',
  'electron/core/store/open.ts': 'export interface Store { x: number }\nexport const openStore = () => 1;\n',
  'electron/core/import/run-import.ts': 'export interface Job { x: number }\nexport const runImport = () => 1;\n',
  'electron/core/analysis/analyse.ts': 'export const analyse = () => 1;\n',
  'electron/core/importers/registry.ts': 'export const importers = [];\n',
  'electron/core/evidence/grade.ts': 'export const grade = () => 1;\n',
  'electron/core/api/handlers.ts': "import { openStore } from '../store/open';\nexport const handlers = { openStore };\n",
  'electron/core/serve/server.ts': "import { createServer } from 'node:http';\nexport const s = createServer;\n",

  // Planted violations.
  'electron/core/archive/uses-electron.ts': "import { app } from 'electron';\nexport const a = app;\n",
  'electron/core/report/uses-react.ts': "import React from 'react';\nexport const r = React;\n",
  'electron/core/claims/uses-renderer.ts': "import { n } from '../../../renderer/src/lib/format';\nexport const x = n;\n",
  'electron/core/import/uses-main.ts': "import { route } from '../../main/router';\nexport const x = route;\n",
  'renderer/src/uses-fs.ts': "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nexport const x = [readFileSync, join];\n",
  'renderer/src/uses-core-types.ts': "import type { Core } from '../../electron/core/api/core';\nexport type C = Core;\n",
  'renderer/src/uses-electron.ts': "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
  'electron/main/runtime-core.ts': [
    "import { openStore } from '../core/store/open';",
    "import { runImport } from '../core/import/run-import';",
    "import { analyse } from '../core/analysis/analyse';",
    "import { importers } from '../core/importers/registry';",
    "import { grade } from '../core/evidence/grade';",
    'export const all = [openStore, runImport, analyse, importers, grade];',
    '',
  ].join('\n'),
  'electron/core/importers/tiktok/writes-store.ts': "import type { Store } from '../../store/open';\nexport type S = Store;\n",
  'shared/reaches-out.ts': [
    "import { openStore } from '../electron/core/store/open';",
    "import { join } from 'node:path';",
    "import React from 'react';",
    'export const x = [openStore, join, React];',
    '',
  ].join('\n'),
  'electron/preload/uses-core.ts': "import { createCore } from '../core/api/core';\nexport const x = createCore;\n",
  'electron/cli/uses-electron.ts': "import { app } from 'electron';\nexport const x = app;\n",
  'electron/core/store/uses-http.ts': "import { request } from 'node:https';\nexport const x = request;\n",
  // Allowed by the direct rules (main → api, api → store), but main's runtime graph reaches the store.
  'electron/main/uses-handlers.ts': "import { handlers } from '../core/api/handlers';\nexport const x = handlers;\n",
  'electron/core/archive/unresolved.ts': "import { gone } from './does-not-exist';\nexport const x = gone;\n",

  // Allowed next to them: must stay silent.
  'electron/main/type-only.ts': [
    "import type { Store } from '../core/store/open';",
    "import type { Job } from '../core/import/run-import';",
    "import { createCore } from '../core/api/core';",
    "import { app } from 'electron';",
    "import { CHANNELS } from '../../shared/api';",
    'export type T = Store | Job;',
    'export const x = [createCore, app, CHANNELS];',
    '',
  ].join('\n'),
  // Only inline `type` specifiers: the compiler erases this import too.
  'electron/main/inline-type.ts': "import { type Store } from '../core/store/open';\nexport type T = Store;\n",
  'electron/preload/index.ts': "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../../shared/api';\nexport const x = [contextBridge, CHANNELS];\n",
  'electron/cli/run.ts': "import { createCore } from '../core/api/core';\nimport { readFileSync } from 'node:fs';\nexport const x = [createCore, readFileSync];\n",
  'electron/core/import/writes.ts': "import { openStore } from '../store/open';\nimport { importers } from '../importers/registry';\nexport const x = [openStore, importers];\n",
  'shared/schemas/request.ts': "import { z } from 'zod';\nimport { CHANNELS } from '../api';\nexport const x = [z, CHANNELS];\n",
  'renderer/src/view.tsx': "import React from 'react';\nimport { n } from './lib/format';\nexport const x = [React, n];\n",
};

/** [rule, from, to] for every planted violation. */
const EXPECTED: [string, string, string][] = [
  ['core-not-to-electron-react-renderer', 'electron/core/archive/uses-electron.ts', 'node_modules/electron/index.js'],
  ['core-not-to-electron-react-renderer', 'electron/core/report/uses-react.ts', 'node_modules/react/index.js'],
  ['core-not-to-electron-react-renderer', 'electron/core/claims/uses-renderer.ts', 'renderer/src/lib/format.ts'],
  ['core-not-to-shells', 'electron/core/import/uses-main.ts', 'electron/main/router.ts'],
  ['renderer-not-to-node', 'renderer/src/uses-fs.ts', 'fs'],
  ['renderer-not-to-node', 'renderer/src/uses-fs.ts', 'path'],
  ['renderer-not-to-electron-or-core', 'renderer/src/uses-core-types.ts', 'electron/core/api/core.ts'],
  ['renderer-not-to-electron-or-core', 'renderer/src/uses-electron.ts', 'node_modules/electron/index.js'],
  ['main-no-runtime-core-internals', 'electron/main/runtime-core.ts', 'electron/core/store/open.ts'],
  ['main-no-runtime-core-internals', 'electron/main/runtime-core.ts', 'electron/core/import/run-import.ts'],
  ['main-no-runtime-core-internals', 'electron/main/runtime-core.ts', 'electron/core/analysis/analyse.ts'],
  ['main-no-runtime-core-internals', 'electron/main/runtime-core.ts', 'electron/core/importers/registry.ts'],
  ['main-no-runtime-core-internals', 'electron/main/runtime-core.ts', 'electron/core/evidence/grade.ts'],
  ['importers-not-to-store', 'electron/core/importers/tiktok/writes-store.ts', 'electron/core/store/open.ts'],
  ['shared-only-shared', 'shared/reaches-out.ts', 'electron/core/store/open.ts'],
  ['shared-only-shared', 'shared/reaches-out.ts', 'path'],
  ['shared-only-shared', 'shared/reaches-out.ts', 'node_modules/react/index.js'],
  ['preload-only-shared-and-electron', 'electron/preload/uses-core.ts', 'electron/core/api/core.ts'],
  ['cli-not-to-electron-shells', 'electron/cli/uses-electron.ts', 'node_modules/electron/index.js'],
  ['network-only-in-serve', 'electron/core/store/uses-http.ts', 'https'],
  ['not-to-unresolvable', 'electron/core/archive/unresolved.ts', './does-not-exist'],
  // .dependency-cruiser.runtime.cjs: every core internal main reaches at runtime, directly or not.
  ['main-runtime-never-reaches-core-internals', 'electron/main/runtime-core.ts', 'electron/core/store/open.ts'],
  ['main-runtime-never-reaches-core-internals', 'electron/main/runtime-core.ts', 'electron/core/import/run-import.ts'],
  ['main-runtime-never-reaches-core-internals', 'electron/main/runtime-core.ts', 'electron/core/analysis/analyse.ts'],
  ['main-runtime-never-reaches-core-internals', 'electron/main/runtime-core.ts', 'electron/core/importers/registry.ts'],
  ['main-runtime-never-reaches-core-internals', 'electron/main/runtime-core.ts', 'electron/core/evidence/grade.ts'],
  ['main-runtime-never-reaches-core-internals', 'electron/main/uses-handlers.ts', 'electron/core/store/open.ts'],
];

interface Violation { rule: { name: string }; from: string; to: string }

let dir = '';
let violations: [string, string, string][] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wa-layers-'));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  violations = CONFIGS.flatMap((config) => cruise(config).map((v): [string, string, string] => [v.rule.name, v.from, v.to]));
}, 60_000);

function cruise(config: string): Violation[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [DEPCRUISE, '--config', config, '--output-type', 'json', 'electron', 'shared', 'renderer'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    // depcruise exits non-zero when it finds errors; the JSON report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dependency rules (.dependency-cruiser.cjs, .dependency-cruiser.runtime.cjs)', () => {
  it('report exactly the planted violations, and none of the allowed imports', () => {
    const key = (v: [string, string, string]) => v.join(' | ');
    expect(violations.map(key).sort()).toEqual(EXPECTED.map(key).sort());
  });

  it.each(ruleNames)('rule %s has a planted violation that fires', (name) => {
    expect(violations.some(([rule]) => rule === name)).toBe(true);
  });

  it('allow type-only imports of core internals from electron/main, in both graphs', () => {
    expect(violations.filter(([, from]) => from === 'electron/main/type-only.ts' || from === 'electron/main/inline-type.ts')).toEqual([]);
  });

  it('see the store behind a module main loads at runtime', () => {
    expect(violations.filter(([, from]) => from === 'electron/main/uses-handlers.ts')).toEqual([
      ['main-runtime-never-reaches-core-internals', 'electron/main/uses-handlers.ts', 'electron/core/store/open.ts'],
    ]);
  });
});
