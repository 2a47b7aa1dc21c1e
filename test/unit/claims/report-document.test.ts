/** The report document is a pure, order-independent function of its inputs, with no database ids. */
import { describe, expect, it } from 'vitest';
import type { AnalyzeDocument } from '../../../shared/analyze';
import { evaluateClaims } from '../../../electron/core/claims/evaluate';
import { compareReports, diffPaths } from '../../../electron/core/report/compare';
import { renderReportHtml } from '../../../electron/core/report/html/render';
import { reportDocument, reportFlag, reportJson } from '../../../electron/core/report/report-document';
import { addLocation, addNetwork, finding, makeInput, resetIds, SHA, template } from './make-input';
import { sampleFlagVocab } from '../evidence/vocab-samples';

function build(shuffle: boolean) {
  resetIds();
  const input = makeInput();
  addLocation(input, finding('host-location', 'F', '2024-01-01T00:00:00Z'), 'SG');
  addNetwork(input, finding('login-network', 'C', '2024-02-01T00:00:00Z'), 'cloud');
  const doc: AnalyzeDocument = input.doc;
  doc.access.ips = [
    { ip: '10.0.0.2', count: 1, first: null, last: null, country: null, registryCountry: null, asn: null, org: null, networkKind: 'private', provider: null, platforms: [], flagged: false },
    { ip: '10.0.0.1', count: 1, first: null, last: null, country: null, registryCountry: null, asn: null, org: null, networkKind: 'private', provider: null, platforms: [], flagged: false },
    { ip: '84.1.1.1', count: 5, first: null, last: null, country: 'DE', registryCountry: 'DE', asn: 3320, org: 'DTAG', networkKind: 'isp', provider: null, platforms: [], flagged: false },
  ];
  doc.access.devices = [
    { id: 7, model: 'b', system: null, identifiers: { Z: '1', A: '2' }, count: 1, first: null, last: null, platforms: [] },
    { id: 3, model: 'a', system: null, identifiers: {}, count: 1, first: null, last: null, platforms: [] },
  ];
  doc.events.byKind = { watch: 3, login: 2 };
  doc.flags = [{ id: 'flag-has-event-id-42', kind: 'new-country', severity: 'warning', title: 'First sign-in from Sweden', explanation: 'x', eventIds: [42], evidence: [{ sourceSha256: SHA, member: 'm', pointer: '/1' }], first: '2024-01-01T00:00:00Z', last: '2024-01-01T00:00:00Z', ...sampleFlagVocab('new-country') }];
  if (shuffle) {
    doc.access.ips.reverse();
    doc.access.devices.reverse();
    doc.findings.reverse();
    doc.events.byKind = { login: 2, watch: 3 };
  }
  const evaluation = evaluateClaims([template('tiktok-us-data-oracle'), template('no-datacenter-logins')], [{ sha256: SHA, platform: 'tiktok' }], () => input);
  return reportDocument({ doc, spans: { [SHA]: { first: '2024-01-01T00:00:00Z', last: '2024-02-01T00:00:00Z' } }, evaluation, generatedAt: '2026-01-01T00:00:00Z', tool: { name: 'whereabouts', version: '9.9.9' } });
}

describe('reportDocument', () => {
  it('is the same bytes whatever order the inputs came in (JSON and HTML)', () => {
    expect(reportJson(build(true))).toBe(reportJson(build(false)));
    expect(renderReportHtml(build(true))).toBe(renderReportHtml(build(false)));
  });

  it('carries no database row ids: no event ids, device ids or source ids; flag ids re-derived from content', () => {
    const doc = build(false);
    const text = reportJson(doc);
    expect(text).not.toContain('"eventIds"');
    expect(text).not.toMatch(/"id": \d/);
    expect(doc.access.devices.map((d) => d.model)).toEqual(['a', 'b']);
    expect(Object.keys(doc.access.devices[1]!.identifiers)).toEqual(['A', 'Z']);
    expect(Object.keys(doc.events.byKind)).toEqual(['login', 'watch']);
    expect(doc.flags[0]?.id).not.toBe('flag-has-event-id-42');
    expect(doc.flags[0]?.id).toBe(reportFlag({ ...emptyFlag(), eventIds: [999] }).id);
  });

  it('puts generatedAt in one header field, second in the file', () => {
    const text = reportJson(build(false));
    expect(text.split('\n').slice(0, 3)).toEqual(['{', '  "schema": "whereabouts.report/1",', '  "generatedAt": "2026-01-01T00:00:00Z",']);
    expect(text.match(/2026-01-01T00:00:00Z/g)).toHaveLength(1);
  });
});

function emptyFlag() {
  return { id: 'flag-has-event-id-42', kind: 'new-country' as const, severity: 'warning' as const, title: 'First sign-in from Sweden', explanation: 'x', eventIds: [42], evidence: [{ sourceSha256: SHA, member: 'm', pointer: '/1' }], first: '2024-01-01T00:00:00Z', last: '2024-01-01T00:00:00Z', ...sampleFlagVocab('new-country') };
}

describe('compareReports', () => {
  it('matches a report with itself, and names the path of an edited verdict and count', () => {
    const a = build(false);
    expect(compareReports(a, build(true)).every((s) => s.match)).toBe(true);
    const edited = JSON.parse(JSON.stringify(a)) as typeof a;
    edited.verdicts[1]!.verdict = 'consistent';
    edited.findings[0]!.count = 99;
    const result = compareReports(edited, a);
    const bad = result.filter((s) => !s.match).map((s) => s.section);
    expect(bad).toEqual(['claims', 'findings']);
    expect(result.find((s) => s.section === 'claims')?.differences).toEqual(['claims.verdicts[1].verdict: the report says "consistent", recomputed "contradicted"']);
    expect(result.find((s) => s.section === 'findings')?.differences[0]).toMatch(/^findings\[0\]\.count: the report says 99, recomputed 1$/);
  });

  it('reports added, missing and re-sized values', () => {
    const out: string[] = [];
    diffPaths({ a: [1, 2], b: 1 }, { a: [1], c: 2 }, 'x', out);
    expect(out).toEqual(['x.a: the report has 2 entries, recomputed 1', 'x.b: only in the report (1)', 'x.c: missing from the report (recomputed 2)']);
  });
});
