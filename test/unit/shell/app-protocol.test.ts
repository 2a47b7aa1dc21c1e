import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, resolveAppUrl } from '../../../electron/main/app-protocol';
import { CSP } from '../../../electron/main/csp';
import { CSP as SERVE_CSP } from '../../../electron/core/serve/csp';
import { contentTypeFor, resolveStaticPath } from '../../../electron/core/serve/static-path';

const root = resolve('/srv/app/out/renderer');

describe('app:// mapping', () => {
  it('maps app URLs to files of the renderer folder with content types', () => {
    expect(resolveAppUrl('app://whereabouts/index.html', root)).toEqual({ kind: 'file', path: join(root, 'index.html'), contentType: 'text/html; charset=utf-8', fallback: false });
    expect(resolveAppUrl('app://whereabouts/', root)).toMatchObject({ kind: 'file', path: join(root, 'index.html') });
    expect(resolveAppUrl('app://whereabouts', root)).toMatchObject({ kind: 'file', path: join(root, 'index.html') });
    expect(resolveAppUrl('app://whereabouts/assets/index-x1.js?v=1#h', root)).toMatchObject({ kind: 'file', path: join(root, 'assets', 'index-x1.js'), contentType: 'text/javascript; charset=utf-8' });
    expect(resolveAppUrl('app://whereabouts/where', root)).toMatchObject({ kind: 'file', path: join(root, 'index.html'), fallback: true });
    expect(resolveAppUrl('app://whereabouts/fonts/a%20b.woff2', root)).toMatchObject({ kind: 'file', path: join(root, 'fonts', 'a b.woff2'), contentType: 'font/woff2' });
  });

  it('refuses traversal in every spelling, and other hosts', () => {
    for (const url of [
      'app://whereabouts/../package.json',
      'app://whereabouts/assets/../../package.json',
      'app://whereabouts/%2e%2e/package.json',
      'app://whereabouts/%2E%2E%2Fpackage.json',
      'app://whereabouts/assets/..%5c..%5cpackage.json',
      'app://whereabouts/a\\..\\..\\x.js',
      'app://whereabouts/%00.js',
      'app://whereabouts/C:/Windows/win.ini',
      'app://whereabouts/%E0%A4%A.js',
      'app://evil/index.html',
      'https://whereabouts/index.html',
    ]) expect(resolveAppUrl(url, root).kind, url).toBe('refused');
  });

  it('sends the one shared CSP', () => {
    expect(CSP).toBe(SERVE_CSP);
    expect(appResponseHeaders('text/html')).toMatchObject({ 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/html' });
  });
});

describe('static path resolver', () => {
  it('never resolves outside the root', () => {
    expect(resolveStaticPath(root, '/./index.html').kind).toBe('refused');
    expect(resolveStaticPath(root, '//index.html')).toMatchObject({ kind: 'file', path: join(root, 'index.html') });
  });

  it('knows the content types the build emits', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.JSON')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('a.bin')).toBe('application/octet-stream');
  });
});
