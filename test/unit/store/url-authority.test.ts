/**
 * The writer reuses a URL's host id for every URL with the same scheme + authority
 * (urls.ts authorityOf), skipping the URL parser. That is only right if the authority alone
 * decides the host: checked here against the parser on URLs that try to make it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { authorityOf, hostOf } from '../../../electron/core/store/urls';

const URLS = [
  'https://www.tiktokv.com/share/video/7605992674944142140/',
  'https://A.Example.COM/x', 'https://a.example.com', 'https://a.example.com?q=1', 'https://a.example.com#top',
  'https://a.example.com\\evil.com/x', 'https://user:pw@a.example.com:8080/x', 'http://a.example.com:80/',
  'https://[2001:DB8::1]:443/x', 'https://bücher.example/a', 'https://xn--bcher-kva.example/b', 'https://a.example.com%2e/',
  'https://a.exa\tmple.com/x', 'https://a.example.com /x', ' https://a.example.com/', 'https://a.example.com\n.evil/',
  'ftp://files.example.com/x', 'https://', 'https:///x', 'https:////y/z', 'https://%zz/', 'https://a.example.com@b.example.com/x',
];

describe('URL authority as a host key', () => {
  it('gives the host the parser gives, for every URL that shares the authority', () => {
    for (const url of URLS) {
      const key = authorityOf(url);
      if (key === null) continue;
      expect(hostOf(key), url).toBe(hostOf(url));
    }
  });

  it('declines URLs whose authority does not end plainly', () => {
    expect(authorityOf('https://a.exa\tmple.com/x')).toBeNull();
    expect(authorityOf('https://a.example.com /x')).toBeNull();
    expect(authorityOf(' https://a.example.com/')).toBeNull();
    expect(authorityOf('ftp://files.example.com/x')).toBeNull();
    expect(authorityOf('https:///x')).toBeNull();
    expect(authorityOf('https://a.example.com\\evil.com/x')).toBe('https://a.example.com');
  });
});
