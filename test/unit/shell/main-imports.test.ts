/**
 * The Electron main process holds no runtime import of the core's working code (store, import,
 * importers, archive, analysis, evidence, claims, report, createCore): it reaches the core only
 * through electron/core/host/client.ts, as messages to the core process. Checked on the sources'
 * runtime import graph from electron/main/index.ts (`import type` is erased by the compiler and
 * does not count); test/integration/main-boot.test.ts checks the built bundle too.
 */
import { existsSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, stripComments } from './source-scan';

/** Value imports only: `import type …` and `export type … from` are left out. */
function runtimeImports(src: string): string[] {
  const code = stripComments(src);
  const specs: string[] = [];
  for (const m of code.matchAll(/\bimport\s+(?!type\s)(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g)) {
    // `import { type A, type B } from` holds no value either.
    const clause = m[0].replace(/from\s+['"][^'"]+['"]$/, '');
    const names = /\{([^}]*)\}/.exec(clause)?.[1];
    const bare = clause.replace(/\{[^}]*\}/, '').replace(/^import\s*/, '').replace(/[\s,]/g, '');
    if (names !== undefined && bare === '' && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
    specs.push(m[1]!);
  }
  for (const m of code.matchAll(/\bexport\s+(?!type\s)(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of code.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = posix.normalize(posix.join(dirname(from), spec));
  for (const cand of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base]) if (existsSync(`${__dirname}/../../../${cand}`) && /\.tsx?$/.test(cand)) return cand;
  return null;
}

function graph(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(read(file))) {
      const local = resolveLocal(file, spec);
      if (local) walk(local);
    }
  };
  walk(entry);
  return [...seen].sort();
}

const FORBIDDEN = /^electron\/core\/(store|import|importers|archive|analysis|evidence|claims|report|shape)\/|^electron\/core\/api\/(core|handlers|errors)\.ts$/;

describe('main process import graph', () => {
  it('type-only imports do not count, value imports do', () => {
    expect(runtimeImports(`import type { A } from './a';\nimport { type B, type C } from './b';\nimport { D, type E } from './d';\nimport F from './f';\nexport type { G } from './g';\nexport { H } from './h';`)).toEqual(['./d', './f', './h']);
  });

  it('electron/main/index.ts reaches the core only through core/host (no store, import or analysis code)', () => {
    const files = graph('electron/main/index.ts');
    expect(files).toContain('electron/core/host/client.ts');
    expect(files.filter((f) => FORBIDDEN.test(f))).toEqual([]);
  });

  it('control: the core process entry does reach them', () => {
    const files = graph('electron/core/host/entry.ts');
    expect(files).toContain('electron/core/api/core.ts');
    expect(files.some((f) => f.startsWith('electron/core/store/'))).toBe(true);
  });
});
