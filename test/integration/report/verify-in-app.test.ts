/**
 * "Verify a report" in the app (report.verify): a report built from the profile matches; a report
 * with one verdict changed is a mismatch naming that line; an HTML page edited by hand is a
 * mismatch of the page; a report naming an export the profile lacks cannot match and says which;
 * a file that is no report is a bad request in words, not a fault.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../shared/report';
import type { Core } from '../../../electron/core/api/types';
import { callChannel } from '../../../electron/core/serve/dispatch';
import { coreWithOneExport } from './fixtures';

let core: Core;
const claims = [{ template: 'no-datacenter-logins' }];

let done: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  ({ core, done } = await coreWithOneExport());
}, 60_000);
afterAll(() => done());

describe('report.verify', () => {
  it('a JSON report built from the profile matches, section by section', async () => {
    const j = await core.handlers['report.build']({ claims, format: 'json' });
    const v = await core.handlers['report.verify']({ text: j.content });
    expect(v.kind).toBe('json');
    expect(v.match).toBe(true);
    expect(v.html).toBeNull();
    expect(v.archives).toHaveLength(1);
    expect(v.archives[0]!.inProfile).toBe(true);
    expect(v.sections.length).toBeGreaterThan(5);
    expect(v.sections.every((s) => s.match && s.differences.length === 0)).toBe(true);
    expect(v.versionNote).toBeNull();
  });

  it('a changed verdict is a mismatch that names the differing line', async () => {
    const doc = JSON.parse((await core.handlers['report.build']({ claims, format: 'json' })).content) as ReportDocument;
    const was = doc.verdicts[0]!.verdict;
    const altered = { ...doc, verdicts: [{ ...doc.verdicts[0]!, verdict: was === 'consistent' ? 'contradicted' : 'consistent' }, ...doc.verdicts.slice(1)] };
    const v = await core.handlers['report.verify']({ text: JSON.stringify(altered) });
    expect(v.match).toBe(false);
    const claimsSection = v.sections.find((s) => s.section === 'claims')!;
    expect(claimsSection.match).toBe(false);
    expect(claimsSection.differences.join('\n')).toContain('verdicts[0].verdict');
    expect(v.sections.filter((s) => !s.match).map((s) => s.section)).toEqual(['claims']);
  });

  it('an HTML report matches, and a hand-edited page does not', async () => {
    const h = await core.handlers['report.build']({ claims, format: 'html' });
    expect((await core.handlers['report.verify']({ text: h.content })).match).toBe(true);
    const edited = h.content.replace('</body>', '<p>added</p></body>');
    const v = await core.handlers['report.verify']({ text: edited });
    expect(v.html).toBe(false);
    expect(v.match).toBe(false);
  });

  it('a report naming an export the profile lacks cannot match, and says which', async () => {
    const doc = JSON.parse((await core.handlers['report.build']({ claims, format: 'json' })).content) as ReportDocument;
    const other = { ...doc, archives: [...doc.archives, { ...doc.archives[0]!, sha256: 'f'.repeat(64), file: 'someone-else.zip' }] };
    const v = await core.handlers['report.verify']({ text: JSON.stringify(other) });
    expect(v.match).toBe(false);
    expect(v.archives.map((a) => [a.file, a.inProfile])).toEqual([[doc.archives[0]!.file, true], ['someone-else.zip', false]]);
    expect(v.sections).toEqual([]);
  });

  it('a file that is no report is a bad request with a sentence', async () => {
    const out = await callChannel(core.handlers, 'report.verify', { text: 'hello, not a report' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe('bad-request');
    expect(out.error.message.length).toBeGreaterThan(10);
  });
});
