/**
 * Google's own hosts are owned by Google: every country domain (google.<cc>, google.co.<cc>,
 * google.com.<cc>) with its subdomains, and its other domains (ads, analytics, Tenor GIFs).
 * Seen on a real X export: google.ca, maps.google.ca, googlesyndication.com and tenor.com were
 * "unknown".
 */
import { describe, expect, it } from 'vitest';
import { classifyHost, classifyUrl, UNKNOWN_RULE } from '../../../electron/core/evidence/host-knowledge';
import { evidenceKit } from './data';

const iata = () => evidenceKit().iata;

describe('Google hosts', () => {
  it.each([
    'google.ca', 'maps.google.ca', 'www.google.de', 'google.fr', 'news.google.co.uk', 'www.google.co.jp', 'google.co.in',
    'www.google.com.au', 'maps.google.com.br', 'google.com.mx', 'www.google.com', 'pagead2.googlesyndication.com',
    'googlesyndication.com', 'tenor.com', 'media.tenor.com', 'c.tenor.com', 'ad.doubleclick.net', 'www.googleadservices.com',
    'www.google-analytics.com', 'redirector.gvt1.com', 'mail.google.com', 'fonts.gstatic.com', 'MAPS.GOOGLE.CA.',
  ])('%s is owned by Google', (host) => {
    const m = classifyHost(host, iata());
    expect(m.owner).toBe('Google');
    expect(m.ruleId).toBe('google');
    expect(m.grade).toBe('G'); // the name carries no place
  });

  it('classifies a full URL on a country domain', () => {
    expect(classifyUrl('https://www.google.ca/maps/place/Somewhere', iata()).host.owner).toBe('Google');
  });

  it.each([
    'notgoogle.ca', 'google.example.com', 'google.ca.example.net', 'mygoogle.co.uk', 'google.community', 'tenor.com.example.org',
    'googlesyndication.com.example.net', 'xg.co', 'goo.gle.example',
  ])('%s is not Google', (host) => {
    const m = classifyHost(host, iata());
    expect(m.owner).not.toBe('Google');
    expect(m.ruleId).toBe(UNKNOWN_RULE);
  });
});
