/**
 * The contract's claims and report channels on a real core (serve transport, in-process imports):
 * templates, evaluation with event ids for the timeline, report.build in both formats (equal to
 * the CLI's document), validation errors, and report.pdf in serve mode.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_TEMPLATES } from '../../../shared/claim-templates';
import type { ReportDocument } from '../../../shared/report';
import type { Core } from '../../../electron/core/api/types';
import { callChannel } from '../../../electron/core/serve/dispatch';
import { readReport } from '../../../electron/core/report/extract';
import { chromiumPath } from '../../../electron/core/report/pdf';
import { coreWithOneExport } from './fixtures';

let core: Core;

let done: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  ({ core, done } = await coreWithOneExport());
}, 60_000);
afterAll(() => done());

describe('claims and report channels', () => {
  it('claims.templates lists the built-in templates', async () => {
    expect((await core.handlers['claims.templates']({})).map((t) => t.id)).toEqual(CLAIM_TEMPLATES.map((t) => t.id));
  });

  it('claims.evaluate takes template references and full claims; evidence carries event ids for the timeline', async () => {
    const oracle = CLAIM_TEMPLATES[0]!.claim;
    const r = await core.handlers['claims.evaluate']({ claims: [{ template: 'no-datacenter-logins' }, oracle] });
    expect(r.verdicts.map((v) => [v.claimId, v.verdict])).toEqual([['no-datacenter-logins', 'contradicted'], ['tiktok-us-data-oracle', 'questionable']]);
    const against = r.verdicts[0]!.evidence.find((e) => e.role === 'contradicts');
    expect(against?.eventIds?.length).toBeGreaterThan(0);
  });

  it('report.build gives HTML and JSON of the same document, with no event ids', async () => {
    const j = await core.handlers['report.build']({ claims: [{ template: 'no-datacenter-logins' }], format: 'json' });
    const h = await core.handlers['report.build']({ claims: [{ template: 'no-datacenter-logins' }], format: 'html' });
    expect(j.filename).toMatch(/^whereabouts-report-\d{4}-\d{2}-\d{2}\.json$/);
    expect(h.filename).toMatch(/\.html$/);
    const doc = JSON.parse(j.content) as ReportDocument;
    expect(j.content).not.toContain('eventIds');
    expect(readReport(h.content).doc).toEqual({ ...doc, generatedAt: readReport(h.content).doc.generatedAt });
    expect(doc.verdicts[0]?.verdict).toBe('contradicted');
  });

  it('invalid requests are refused with the problems named', async () => {
    const bad = await callChannel(core.handlers, 'claims.evaluate', { claims: [{ id: 'x', statement: 's', test: { type: 'nope' } }] });
    expect(bad).toMatchObject({ ok: false, status: 400, error: { code: 'bad-request' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/^claims\[0\]\.test\.type: must be one of served-or-stored-only-in, /);
    expect(await callChannel(core.handlers, 'report.build', { claims: [{ template: 'no-third-party-apps' }], format: 'docx' })).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'format: expected one of "html", "json"' } });
    expect(await callChannel(core.handlers, 'claims.evaluate', { claims: 'all' })).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'claims: expected a list, got a text' } });
    expect(await callChannel(core.handlers, 'claims.evaluate', { claims: [{ template: 'no-third-party-apps' }], sourceIds: [999] })).toMatchObject({ ok: false, status: 404, error: { code: 'not-found' } });
    const twice = await callChannel(core.handlers, 'claims.evaluate', { claims: [{ template: 'no-third-party-apps' }, { template: 'no-third-party-apps' }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'The claims are not valid: claims[1].id: "no-third-party-apps" is used twice (also by claim 0); ids must be unique' } });
  });

  const chromium = existsSync(chromiumPath());
  it(`report.pdf in serve mode: ${chromium ? 'a PDF from the local Chromium' : 'unsupported without Chromium'}`, async () => {
    const out = await callChannel(core.handlers, 'report.pdf', { claims: [{ template: 'no-datacenter-logins' }] });
    if (chromium) {
      expect(out.ok).toBe(true);
      if (out.ok) {
        const v = out.value as { filename: string; base64: string };
        expect(v.filename).toMatch(/\.pdf$/);
        expect(Buffer.from(v.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    } else {
      expect(out).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    }
  }, 60_000);
});
