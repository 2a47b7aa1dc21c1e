/**
 * firstPathHint skips parsing URLs that cannot carry a path token; it must answer exactly what
 * classifyUrl(url).path[0] answers, for every URL (issue 15: it runs once per URL of an import).
 */
import { describe, expect, it } from 'vitest';
import { classifyUrl, firstPathHint } from '../../../electron/core/evidence/host-knowledge';
import { PATH_RULES } from '../../../electron/core/evidence/path-rules';
import { evidenceKit } from './data';

const iata = () => evidenceKit().iata;

const URLS = [
  ...PATH_RULES.flatMap((r) => r.examples),
  ...PATH_RULES.flatMap((r) => r.examples.map((u) => u.toUpperCase())),
  'https://www.tiktokv.com/share/video/7123456789012345678/',
  'https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/abc',
  'p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/abc', // no scheme: parsed as https
  'https://p16.tiktokcdn.com/obj/t\tos-maliva-p-0068/abc', // the URL parser drops tabs and line breaks
  'https://p16.tiktokcdn.com/obj/to\ns-alisg-p-0068/abc',
  'https://p16.tiktokcdn.com/obj/t%6Fs-alisg-p-0068/abc', // percent-encoded: not decoded in a path
  'https://tos-maliva.example.com/nothing/here', // "tos" in the host only
  'https://example.com/?q=tos-maliva-p-0068', // in the query only
  'https://v16m.tiktokcdn-eu.com/abc/video/tos/useast2a/tos-useast2a-avt-0068-euttp/o4abc/',
  'https://example.com/ſtos/tos-no1a-p-1/x', // non-ASCII before a token
  'not a url at all',
  '',
  'javascript:alert(1)',
];

describe('firstPathHint', () => {
  it.each(URLS.map((u) => [u]))('%j: same hint as classifyUrl', (url) => {
    expect(firstPathHint(url)).toEqual(classifyUrl(url, iata()).path[0] ?? null);
  });

  it('finds the hints the path rules document', () => {
    for (const r of PATH_RULES) for (const u of r.examples) expect(firstPathHint(u), u).not.toBeNull();
  });
});
