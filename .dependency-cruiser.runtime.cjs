/**
 * The runtime graph only (type-only imports left out, as the compiler erases them): what Electron
 * main really loads. Separate from .dependency-cruiser.cjs because a reachability rule follows
 * every edge in the graph, and that config keeps type-only edges so its direct rules can tell
 * them apart. Part of `npm run lint`; planted violations in test/unit/lint/layer-rules.test.ts.
 */
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'main-runtime-never-reaches-core-internals',
      comment: 'Nothing Electron main loads, directly or through other modules, is store, import, analysis, importer or evidence code: that runs in the core process, so no call can stall the windows.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: '^electron/core/(store|import|analysis|importers|evidence)/', reachable: true },
    },
  ],
  options: { ...base.options, tsPreCompilationDeps: false },
};
