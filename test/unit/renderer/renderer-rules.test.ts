/**
 * Static rules for the renderer: export text is never HTML, nothing points at the network, and
 * the renderer imports only shared/ and npm packages (no Node, no Electron).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../../renderer');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const sources = files(ROOT).filter((f) => /\.(tsx?|html|css)$/.test(f));
const read = (f: string): string => readFileSync(f, 'utf8');

describe('renderer rules', () => {
  it('never renders HTML from strings', () => {
    const bad = sources.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(read(f)));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('contains no external URLs (no CDN, fonts, tiles or analytics)', () => {
    // Comments may mention sites; code, markup and styles may not. A comment is `// ` not preceded by ':'.
    const code = (f: string): string => read(f).replace(/(^|[^:])\/\/ .*$/gm, '$1').replace(/\/\*[\s\S]*?\*\//g, '');
    const bad = sources.filter((f) => /(https?:\/\/|["'(]\/\/)[a-z0-9.-]+\.[a-z]{2,}/i.test(code(f)));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('imports only shared/, its own files and npm packages', () => {
    const bad: string[] = [];
    for (const f of sources.filter((x) => /\.tsx?$/.test(x))) {
      for (const m of read(f).matchAll(/from\s+'([^']+)'|import\s+'([^']+)'/g)) {
        const spec = m[1] ?? m[2] ?? '';
        if (spec.startsWith('node:') || spec === 'electron' || /^(fs|path|os|child_process|http|https|net|dns)$/.test(spec)) bad.push(`${relative(ROOT, f)}: ${spec}`);
        if (spec.startsWith('.')) {
          const target = join(f, '..', spec);
          const inside = target.startsWith(ROOT) || target.startsWith(join(ROOT, '../shared'));
          if (!inside) bad.push(`${relative(ROOT, f)}: ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps lib/ free of the DOM so it runs under Node', () => {
    const bad = sources.filter((f) => f.includes(`${join('src', 'lib')}`) && /\b(document|window|navigator|localStorage|sessionStorage)\./.test(read(f)));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('has the strict CSP in index.html', () => {
    const html = read(join(ROOT, 'index.html'));
    expect(html).toContain(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
    );
  });
});
