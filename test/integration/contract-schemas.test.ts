/**
 * The response schemas describe what the real core answers: a real profile (a generated TikTok
 * export imported by the real pipeline, in process) and every channel's response parsed with its
 * schema, through the real dispatch. Also: a wrong request against the real core is bad-request
 * naming the field, and the core's own failures keep their codes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ImportResult } from '../../shared/api';
import { fieldIssues } from '../../shared/schemas/issues';
import { RESPONSE_SCHEMAS } from '../../shared/schemas/responses';
import { createCore } from '../../electron/core/api/core';
import type { Core } from '../../electron/core/api/types';
import { callChannel } from '../../electron/core/serve/dispatch';
import { writeTikTokZip } from '../fixtures/generators/tiktok';
import { tempDir } from './helpers';

const dir = tempDir('wa-schemas-');
let core: Core;
let eventId = 0;

function imported(jobId: string): Promise<ImportResult> {
  return new Promise((resolve) => {
    const off = core.events.on('import.done', (r) => {
      if (r.jobId === jobId) {
        off();
        resolve(r);
      }
    });
  });
}

beforeAll(async () => {
  const zip = join(dir, 'TikTok_Data_S.zip');
  await writeTikTokZip(zip, { variant: 'json-2024', seed: 5 });
  core = await createCore({ dbPath: join(dir, 'p.db'), transport: 'serve', inProcess: true });
  const { jobId } = await core.handlers['import.start']({ paths: [zip] });
  expect((await imported(jobId)).status).toBe('imported');
  eventId = (await core.handlers['timeline.page']({ filter: {}, limit: 1 })).events[0]!.id;
}, 60_000);
afterAll(async () => core.close());

async function answer(channel: Channel, req: unknown): Promise<unknown> {
  const out = await callChannel(core.handlers, channel, req);
  if (!out.ok) throw new Error(`${channel}: ${out.error.code} ${out.error.message}`);
  const parsed = RESPONSE_SCHEMAS[channel].safeParse(out.value, { reportInput: true });
  if (!parsed.success) throw new Error(`${channel} response does not match its schema: ${JSON.stringify(fieldIssues(parsed.error.issues).slice(0, 5))}`);
  return out.value;
}

describe('real responses match their schemas', () => {
  const reads: [Channel, unknown][] = [
    ['profile.info', {}],
    ['sources.list', {}],
    ['sources.members', { sourceId: 1 }],
    ['sources.coverage', { sourceId: 1 }],
    ['sources.shape', { sourceId: 1 }],
    ['stats.summary', {}],
    ['timeline.histogram', { filter: {}, buckets: 50 }],
    ['timeline.page', { filter: { kinds: ['login'] }, limit: 20 }],
    ['timeline.page', { filter: { q: 'the' }, offset: 0, limit: 5 }],
    ['access.summary', {}],
    ['where.summary', { sourceIds: [1] }],
    ['where.locations', {}],
    ['settings.get', {}],
    ['credits.list', {}],
    ['export.csv', { table: 'hosts' }],
    ['claims.templates', {}],
    ['claims.evaluate', { claims: [{ template: 'no-datacenter-logins' }, { template: 'export-contains-logins-devices-advertisers' }] }],
    ['report.build', { claims: [{ template: 'no-third-party-apps' }], format: 'json' }],
    ['import.cancel', { jobId: 'none' }],
    ['dialog.openExport', {}],
    // workshop (issue 16)
    ['personas.list', {}],
    ['profiles.list', {}],
    ['aggregate.make', { k: 1, includeSynthetic: false }],
    ['letter.info', { platform: 'tiktok' }],
    ['letter.compose', { platform: 'tiktok', jurisdiction: 'eu' }],
  ];
  for (const [channel, req] of reads) {
    it(`${channel} ${JSON.stringify(req)}`, async () => {
      await answer(channel, req);
    });
  }

  it('report.verify: a report just built answers in the response schema, and matches', async () => {
    const built = await answer('report.build', { claims: [{ template: 'no-third-party-apps' }], format: 'json' }) as { content: string };
    expect(await answer('report.verify', { text: built.content })).toMatchObject({ match: true });
  });

  it('timeline.page newest first answers in the response schema', async () => {
    expect(await answer('timeline.page', { filter: {}, offset: 0, limit: 5, order: 'newest' })).toMatchObject({ offset: 0 });
  });

  it('aggregate.merge: two summaries of this profile merge in the response schema', async () => {
    const made = JSON.stringify(await answer('aggregate.make', { k: 1, includeSynthetic: false }));
    expect(await answer('aggregate.merge', { files: [{ name: 'a.json', text: made }, { name: 'b.json', text: made }] })).toMatchObject({ participants: 2 });
  });

  it('timeline.event: a row, and null for an id that does not exist', async () => {
    expect(await answer('timeline.event', { id: eventId })).toMatchObject({ id: eventId });
    expect(await answer('timeline.event', { id: 987_654_321 })).toBeNull();
  });
});

describe('the real core refuses wrong requests and keeps its codes', () => {
  it('timeline.event {id:[1]} is bad-request naming id, not a coerced lookup', async () => {
    expect(await callChannel(core.handlers, 'timeline.event', { id: [eventId] })).toEqual({
      ok: false,
      status: 400,
      error: { code: 'bad-request', message: 'id: expected a whole number, got a list', detail: { channel: 'timeline.event', issues: [{ path: 'id', message: 'expected a whole number, got a list' }] } },
    });
  });

  it('timeline.page with q of the wrong type is bad-request, not an internal error', async () => {
    const out = await callChannel(core.handlers, 'timeline.page', { filter: { q: ['a'] }, limit: 5 });
    expect(out).toMatchObject({ ok: false, status: 400, error: { code: 'bad-request', message: 'filter.q: expected a text, got a list' } });
  });

  it('sources.remove of an unknown id is not-found', async () => {
    expect(await callChannel(core.handlers, 'sources.remove', { sourceId: 999 })).toMatchObject({ ok: false, status: 404, error: { code: 'not-found', message: 'No source with id 999.' } });
  });
});

describe('workshop channels that change profiles answer in their response schemas', () => {
  it('profiles.create, profiles.switch, import.persona, profile.erase, profiles.erase', async () => {
    const profilesDir = join(dir, 'profiles');
    const own = await createCore({ dbPath: join(profilesDir, 'default', 'whereabouts.db'), profilesDir, transport: 'serve', inProcess: true, tempDir: join(profilesDir, 'default', 'uploads') });
    try {
      const check = async (channel: Channel, req: unknown): Promise<unknown> => {
        const out = await callChannel(own.handlers, channel, req);
        if (!out.ok) throw new Error(`${channel}: ${out.error.code} ${out.error.message}`);
        const parsed = RESPONSE_SCHEMAS[channel].safeParse(out.value, { reportInput: true });
        if (!parsed.success) throw new Error(`${channel} response does not match its schema: ${JSON.stringify(fieldIssues(parsed.error.issues).slice(0, 5))}`);
        return out.value;
      };
      await check('profiles.create', { name: 'anna' });
      expect(await check('profiles.switch', { name: 'anna' })).toMatchObject({ profile: 'anna' });
      const { jobId } = (await check('import.persona', { id: 'takeover-facebook' })) as { jobId: string };
      await new Promise<void>((resolve) => {
        const off = own.events.on('import.done', (r) => {
          if (r.jobId === jobId) {
            off();
            resolve();
          }
        });
      });
      expect(await check('profile.erase', { confirm: 'erase everything' })).toMatchObject({ info: { profile: 'anna', sources: 0 } });
      await check('profiles.switch', { name: 'default' });
      expect(await check('profiles.erase', { name: 'anna', confirm: 'erase everything' })).toMatchObject({ current: 'default' });
    } finally {
      await own.close();
    }
  }, 60_000);
});
