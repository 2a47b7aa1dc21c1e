/**
 * The report shows times in the person's display zone (issue 14: one zone for the list, the axis,
 * details, CSV and the report): its HTML says which zone and gives each time with its offset; its
 * JSON keeps every time in UTC and records the zone; verifying it recomputes with that zone and
 * matches; an unknown zone is a bad request naming the field; without a zone nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../shared/report';
import type { Core } from '../../../electron/core/api/types';
import { callChannel } from '../../../electron/core/serve/dispatch';
import { readReport } from '../../../electron/core/report/extract';
import { coreWithOneExport } from './fixtures';

let core: Core;
let done: () => Promise<void> = () => Promise.resolve();
const claims = [{ template: 'no-datacenter-logins' }];

beforeAll(async () => {
  ({ core, done } = await coreWithOneExport());
}, 60_000);
afterAll(() => done());

describe('the report in the display zone', () => {
  it('shows times in the zone with their offset, keeps UTC in the JSON, and verifies', async () => {
    const utc = await core.handlers['report.build']({ claims, format: 'json' });
    const utcDoc = JSON.parse(utc.content) as ReportDocument;
    expect(utcDoc.timeZone).toBeUndefined();

    const tokyo = await core.handlers['report.build']({ claims, format: 'html', timeZone: 'Asia/Tokyo' });
    expect(tokyo.content).toContain('Times on this page are in Asia/Tokyo');
    const doc = readReport(tokyo.content).doc;
    expect(doc.timeZone).toBe('Asia/Tokyo');
    expect(doc.span).toEqual(utcDoc.span); // the data stays UTC
    // The first record's time, on the Tokyo wall clock (UTC+9) with its offset.
    const first = new Date(Date.parse(doc.span.first!) + 9 * 3_600_000).toISOString();
    expect(tokyo.content).toContain(`${first.slice(0, 10)} ${first.slice(11, 19)} GMT+09:00`);
    expect(tokyo.content).not.toContain(`${doc.span.first!.slice(0, 10)} ${doc.span.first!.slice(11, 19)} UTC`);

    const v = await core.handlers['report.verify']({ text: tokyo.content });
    expect(v.match, JSON.stringify(v.sections.filter((s) => !s.match))).toBe(true);
  });

  it('refuses a zone the computer does not know, naming the field', async () => {
    const out = await callChannel(core.handlers, 'report.build', { claims, format: 'html', timeZone: 'Mars/Olympus_Mons' });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.code).toBe('bad-request');
      expect(out.error.message).toContain('timeZone');
    }
  });
});
