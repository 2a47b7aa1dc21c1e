/**
 * The HTML report escapes every export-derived string: payloads planted in every field the report
 * shows come out as text, and the embedded JSON cannot close its <script> block.
 */
import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../../electron/core/claims/evaluate';
import { escapeHtml, html, jsonForScript } from '../../../electron/core/report/html/escape';
import { renderReportHtml, REPORT_CSP } from '../../../electron/core/report/html/render';
import { embeddedJson, readReport } from '../../../electron/core/report/extract';
import { reportDocument } from '../../../electron/core/report/report-document';
import { addLocation, emptyDoc, finding, makeInput, SHA, template } from './make-input';
import { sampleFlagVocab } from '../evidence/vocab-samples';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const CLOSE = '</script><script>alert(3)</script><!--';
const PAYLOADS = [SCRIPT, IMG, CLOSE, '"><svg onload=alert(4)>', '\'; alert(5); \'', '&lt;already&gt;', '\u2028line\u2029'];

function poisonedDoc() {
  const doc = emptyDoc();
  const p = (i: number): string => PAYLOADS[i % PAYLOADS.length] as string;
  doc.sources[0]!.file = `${p(0)}.zip`;
  doc.sources[0]!.coverage.unknown = [{ member: `${p(1)}/x.json` }];
  doc.sources[0]!.coverage.errors = [{ member: 'bad.json', error: p(2) }];
  doc.access.logins = 1;
  doc.access.ips = [{ ip: p(3), count: 1, first: null, last: null, country: 'DE', registryCountry: 'DE', asn: 1, org: p(4), networkKind: 'isp', provider: p(5), platforms: ['tiktok'], flagged: false }];
  doc.access.devices = [{ id: 9, model: SCRIPT, system: IMG, identifiers: { [CLOSE]: SCRIPT }, count: 1, first: null, last: null, platforms: ['tiktok'] }];
  doc.access.apps = [{ name: SCRIPT, count: 1, first: null, last: null, platforms: ['tiktok'], detail: IMG }];
  doc.access.advertisers = [{ name: CLOSE, count: 1, first: null, last: null, platforms: ['tiktok'], detail: null }];
  doc.access.offPlatform = [{ name: IMG, source: IMG, events: 1, count: 1, first: null, last: null, platforms: ['tiktok'], detail: SCRIPT }];
  doc.hosts = [{ host: SCRIPT, count: 1, first: null, last: null, owner: IMG, location: { label: CLOSE, kind: 'none', country: null, lat: null, lon: null }, grade: 'G', statement: SCRIPT, basis: null, pathHints: [{ token: IMG, location: { label: 'x', kind: 'cluster', country: 'SG', lat: null, lon: null }, grade: 'F', statement: CLOSE, count: 1 }], platforms: ['tiktok'] }];
  doc.flags = [{ id: 'flag-1', kind: 'datacenter-login', severity: 'warning', title: SCRIPT, explanation: IMG, eventIds: [1], evidence: [{ sourceSha256: SHA, member: CLOSE, pointer: SCRIPT }], first: null, last: null, ...sampleFlagVocab('datacenter-login') }];
  const input = makeInput({ doc });
  addLocation(input, { ...finding('host-location', 'F', '2024-01-01T00:00:00Z'), statement: IMG, evidence: [{ sourceSha256: SHA, member: SCRIPT, pointer: CLOSE }] }, 'SG');
  const claims = [{ ...template('tiktok-us-data-oracle'), statement: SCRIPT, note: CLOSE, statedBy: IMG }];
  const evaluation = evaluateClaims(claims, [{ sha256: SHA, platform: 'tiktok' }], () => input);
  return reportDocument({ doc, spans: {}, evaluation, generatedAt: '2026-01-01T00:00:00Z', tool: { name: 'whereabouts', version: 't' } });
}

describe('escapeHtml and the html template', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12)).toBe('12');
  });
  it('escapes every interpolation, arrays included, and leaves nested html alone', () => {
    expect(html`<p>${SCRIPT}</p>${[IMG, html`<b>${'&'}</b>`]}`.value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>&lt;img src=x onerror=alert(2)&gt;<b>&amp;</b>');
  });
});

describe('jsonForScript', () => {
  it('never contains "<", ">" or "&", and parses back to the same value', () => {
    const value = { PAYLOADS, nested: { k: CLOSE } };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the HTML report with payloads in every field', () => {
  const doc = poisonedDoc();
  const page = renderReportHtml(doc);

  it('has exactly one <script> element: the JSON data block, and no event-handler attributes', () => {
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).toContain('<script type="application/json" id="whereabouts-report">');
    expect(page).not.toMatch(/<(img|svg|iframe|object|embed|link|base|form)\b/i);
    expect(page).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  });

  it('shows each payload as text', () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;&lt;!--');
    expect(page).toContain('&amp;lt;already&amp;gt;');
  });

  it('carries the CSP, makes no reference to any other resource, and round-trips its JSON', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe('default-src \'none\'; style-src \'unsafe-inline\'; img-src data:');
    expect(page).not.toMatch(/<[^>]*\s(src|href|action|srcset|background|poster)\s*=/i);
    expect(page).not.toMatch(/url\(/i);
    expect(page).not.toMatch(/@import/i);
    const block = embeddedJson(page);
    expect(block).not.toBeNull();
    expect(block).not.toContain('</');
    expect(readReport(page).doc).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
