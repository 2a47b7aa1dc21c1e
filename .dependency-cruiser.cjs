/**
 * Dependency rules: the layers of docs/architecture.md and ../shared/ARCHITECTURE.md, checked on
 * resolved imports (part of `npm run lint`). test/unit/lint/layer-rules.test.ts plants one
 * violation per rule and expects it to fire, so a rule that stops matching fails the tests.
 *
 * Paths are relative to the repository root. Careful: our own folder `electron/` and the npm
 * package `electron` share a name. The package resolves to `node_modules/electron/…`; if it is not
 * installed, its specifier stays the bare string `electron`, hence `^electron$`.
 */
const ELECTRON_PKG = ['^electron$', '^node_modules/electron/'];
const REACT_PKGS = '^(node_modules/)?(react|react-dom|scheduler|zustand|@tanstack/[^/]+)(/|$)';
const NETWORK_BUILTINS = '^(node:)?(http|https|net|tls|dgram|dns|http2)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-not-to-electron-react-renderer',
      comment: 'electron/core runs in a worker, the CLI and serve: never the Electron API, React or the renderer.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: [...ELECTRON_PKG, REACT_PKGS, '^renderer/'] },
    },
    {
      name: 'core-not-to-shells',
      comment: 'The core sits below every shell (main, preload, CLI) and never reaches up into one.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: '^electron/(main|preload|cli)/' },
    },
    {
      name: 'renderer-not-to-node',
      comment: 'The renderer is a browser page: no Node built-ins (it talks only to window.api).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-to-electron-or-core',
      comment: 'The renderer never imports the electron package nor anything under electron/ (core, main, preload, cli), not even types: the contract is shared/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron(/|$)', '^node_modules/electron/'] },
    },
    {
      name: 'main-no-runtime-core-internals',
      comment: 'Electron main only routes; the store, import pipeline, analysis, importers and evidence run in the core process. Type-only imports are allowed.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: {
        path: '^electron/core/(store|import|analysis|importers|evidence)/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'importers-not-to-store',
      comment: 'Importers yield records; only the import pipeline writes them (store/writer.ts). They never reach store internals.',
      severity: 'error',
      from: { path: '^electron/core/importers/' },
      to: { path: '^electron/core/store/' },
    },
    {
      name: 'shared-only-shared',
      comment: 'shared/ runs everywhere (Node and the browser page): it imports nothing but shared/. One exception: zod, the dependency-free validator the contract schemas (shared/schemas/) are written in, which runs in both.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '^node_modules/zod/'] },
    },
    {
      name: 'preload-only-shared-and-electron',
      comment: 'The sandboxed preload exposes exactly the contract: electron, shared/ and itself.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: ['^shared/', '^electron/preload/', ...ELECTRON_PKG] },
    },
    {
      name: 'cli-not-to-electron-shells',
      comment: 'The CLI runs under plain Node: no electron package, no main/preload, no renderer.',
      severity: 'error',
      from: { path: '^electron/cli/' },
      to: { path: [...ELECTRON_PKG, '^electron/(main|preload)/', '^renderer/'] },
    },
    {
      name: 'network-only-in-serve',
      comment: 'Offline by construction: only the loopback transport (electron/core/serve) may import network modules.',
      severity: 'error',
      from: { path: '^(electron|shared|renderer|bin)/', pathNot: '^electron/core/serve/' },
      to: { dependencyTypes: ['core'], path: NETWORK_BUILTINS },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that cannot be resolved cannot be checked by the rules above.',
      severity: 'error',
      from: { path: '^(electron|shared|renderer)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|resources/generated|reports)/' },
    // Keep type-only imports in the graph (marked `type-only`) so the rules can tell them apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
