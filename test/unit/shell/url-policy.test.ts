import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedUrl, isAppUrl } from '../../../electron/main/url-policy';

const prod = { dev: false, devServerUrl: undefined };
const dev = { dev: true, devServerUrl: 'http://localhost:5173' };

describe('isAllowedUrl', () => {
  it('allows the app origin, data:, blob:, devtools:', () => {
    for (const url of [
      'app://whereabouts/index.html',
      'app://whereabouts/assets/index-abc.js',
      'data:image/png;base64,AAAA',
      'blob:app://whereabouts/0b7c-11',
      'devtools://devtools/bundled/inspector.html',
    ]) expect(isAllowedUrl(url, prod), url).toBe(true);
  });

  it('refuses everything remote or foreign', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/x',
      'ws://example.com/',
      'wss://example.com/',
      'ftp://example.com/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://whereabouts:8080/index.html',
      'app://user:pw@whereabouts/index.html',
      'appx://whereabouts/',
      'http://127.0.0.1:5173/',
      'http://localhost:5173/',
      'chrome://settings',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) expect(isAllowedUrl(url, prod), url).toBe(false);
  });

  it('allows the dev server (and its HMR socket) only in dev', () => {
    expect(isAllowedUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAllowedUrl('https://example.com/', dev)).toBe(false);
    expect(isAllowedUrl('http://localhost:5173/', { dev: false, devServerUrl: 'http://localhost:5173' })).toBe(false);
    expect(isAllowedUrl('http://localhost:5173/', { dev: true, devServerUrl: '' })).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('lets only our own pages become the document', () => {
    expect(isAllowedNavigation('app://whereabouts/index.html', prod)).toBe(true);
    expect(isAllowedNavigation('data:text/html,<h1>x', prod)).toBe(false);
    expect(isAllowedNavigation('blob:app://whereabouts/1', prod)).toBe(false);
    expect(isAllowedNavigation('https://example.com', prod)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', dev)).toBe(true);
    expect(isAllowedNavigation('ws://localhost:5173/', dev)).toBe(false);
  });

  it('isAppUrl compares parts (Node gives origin "null" for unknown schemes)', () => {
    expect(new URL('app://whereabouts/x').origin).toBe('null');
    expect(isAppUrl('app://whereabouts/x')).toBe(true);
    expect(isAppUrl('app://whereabouts.evil/x')).toBe(false);
  });
});
