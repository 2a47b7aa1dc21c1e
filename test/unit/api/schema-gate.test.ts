/**
 * The schema gate (electron/core/api/validate.ts) through the real dispatch (callChannel): every
 * channel accepts a valid request and refuses a wrong-shaped one with `bad-request` naming the
 * field; nothing is coerced; a handler's internal error leaves no internal text in the envelope.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type Req } from '../../../shared/api';
import { INTERNAL_MESSAGE } from '../../../shared/errors';
import { callChannel } from '../../../electron/core/serve/dispatch';
import { gateHandlers } from '../../../electron/core/api/validate';
import type { Handlers } from '../../../electron/core/api/types';
import { z } from '../../../shared/schemas/zod';

const filter = { from: '2024-01-01T00:00:00Z', sourceIds: [1], platforms: ['tiktok' as const], kinds: ['login' as const], q: 'word' };

/** One valid request per channel (typed: the compiler checks these against the contract). */
const VALID: { [C in Channel]: Req<C> } = {
  'profile.info': {},
  'profile.erase': { confirm: 'erase everything' },
  'sources.list': {},
  'sources.members': { sourceId: 1 },
  'sources.coverage': { sourceId: 2 },
  'sources.remove': { sourceId: 3 },
  'sources.shape': { sourceId: 4 },
  'dialog.openExport': { folder: true },
  'import.start': { paths: ['/tmp/export.zip'] },
  'import.sample': {},
  'import.cancel': { jobId: 'job-1' },
  'stats.summary': { sourceIds: [1, 2] },
  'timeline.histogram': { filter, buckets: 200 },
  'timeline.page': { filter: {}, offset: 0, limit: 100 },
  'timeline.event': { id: 7 },
  'access.summary': {},
  'where.summary': { sourceIds: [1] },
  'where.locations': { sourceIds: [1] },
  'settings.get': {},
  'settings.set': { display: { theme: 'light', textSize: 125 } },
  'credits.list': {},
  'export.csv': { table: 'ips', filter },
  'claims.templates': {},
  'claims.evaluate': { claims: [{ template: 'no-datacenter-logins' }] },
  'report.build': { claims: [{ template: 'only-my-devices', test: { devices: ['iPhone14,2'] } }], format: 'html' },
  'report.pdf': { claims: [{ template: 'no-third-party-apps' }], sourceIds: [1] },
  'report.verify': { text: '{"schema":"x"}' },
  'work.cancel': { requestId: 'r-1' },
  'personas.list': {},
  'import.persona': { id: 'teen-tiktok' },
  'profiles.list': {},
  'profiles.create': { name: 'anna-2' },
  'profiles.switch': { name: 'default' },
  'profiles.erase': { name: 'anna-2', confirm: 'erase everything' },
  'aggregate.make': { k: 5, includeSynthetic: false },
  'aggregate.merge': { files: [{ name: 'a.json', text: '{}' }, { name: 'b.json', text: '{}' }] },
  'letter.info': { platform: 'x' },
  'letter.compose': { platform: 'google', jurisdiction: 'us' },
};

/** One wrong request per channel and the message the person gets (field first). */
const WRONG: { [C in Channel]: { req: unknown; message: string } } = {
  'profile.info': { req: { verbose: true }, message: 'verbose: unknown field' },
  'profile.erase': { req: { confirm: 'yes' }, message: 'confirm: expected "erase everything"' },
  'sources.list': { req: { sourceId: 1 }, message: 'sourceId: unknown field' },
  'sources.members': { req: { sourceId: '1' }, message: 'sourceId: expected a whole number, got a text' },
  'sources.coverage': { req: {}, message: 'sourceId: expected a whole number, got nothing' },
  'sources.remove': { req: { sourceId: 1.5 }, message: 'sourceId: expected a whole number, got a fraction' },
  'sources.shape': { req: { sourceId: -1 }, message: 'sourceId: must be at least 1' },
  'dialog.openExport': { req: { folder: 'yes' }, message: 'folder: expected true or false, got a text' },
  'import.start': { req: { paths: [] }, message: 'paths: needs at least 1 entry' },
  'import.sample': { req: { path: '/x' }, message: 'path: unknown field' },
  'import.cancel': { req: { jobId: 5 }, message: 'jobId: expected a text, got a whole number' },
  'stats.summary': { req: { sourceIds: [1, 'two'] }, message: 'sourceIds[1]: expected a whole number, got a text' },
  'timeline.histogram': { req: { filter: {}, buckets: 0 }, message: 'buckets: must be at least 1' },
  'timeline.page': { req: { filter: { q: 5 }, limit: 10 }, message: 'filter.q: expected a text, got a whole number' },
  'timeline.event': { req: { id: [1] }, message: 'id: expected a whole number, got a list' },
  'access.summary': { req: { sourceIds: 1 }, message: 'sourceIds: expected a list, got a whole number' },
  'where.summary': { req: { sourceIds: [0] }, message: 'sourceIds[0]: must be at least 1' },
  'where.locations': { req: { sourceIds: 'all' }, message: 'sourceIds: expected a list, got a text' },
  'settings.get': { req: { theme: 'dark' }, message: 'theme: unknown field' },
  'settings.set': { req: { display: { theme: 'dark', textSize: 400 } }, message: 'display.textSize: must be at most 200' },
  'credits.list': { req: { x: null }, message: 'x: unknown field' },
  'export.csv': { req: { table: 'passwords' }, message: 'table: expected one of "timeline", "ips", "devices", "apps", "advertisers", "hosts", "findings"' },
  'claims.templates': { req: { id: 'x' }, message: 'id: unknown field' },
  'claims.evaluate': {
    req: { claims: [{ template: 'login-history-max-days', test: { days: 0 } }] },
    message: 'claims[0].test.days: must be a whole number of days between 1 and 36500, got 0',
  },
  'report.build': { req: { claims: [{ template: 'no-third-party-apps' }], format: 'pdf' }, message: 'format: expected one of "html", "json"' },
  'report.pdf': { req: { claims: 'all' }, message: 'claims: expected a list, got a text' },
  'report.verify': { req: { text: '' }, message: 'text: must not be empty' },
  'work.cancel': { req: { requestId: 7 }, message: 'requestId: expected a text, got a whole number' },
  'personas.list': { req: { id: 'x' }, message: 'id: unknown field' },
  'import.persona': { req: { id: '' }, message: 'id: must not be empty' },
  'profiles.list': { req: { all: true }, message: 'all: unknown field' },
  'profiles.create': {
    req: { name: '../etc' },
    message: 'name: expected a profile name: lower-case letters, digits and dashes, up to 40, starting with a letter or digit',
  },
  'profiles.switch': { req: { name: 5 }, message: 'name: expected a text, got a whole number' },
  'profiles.erase': { req: { name: 'anna', confirm: 'yes' }, message: 'confirm: expected "erase everything"' },
  'aggregate.make': { req: { k: 0, includeSynthetic: false }, message: 'k: must be at least 1' },
  'aggregate.merge': { req: { files: [{ name: 'a.json', text: '{}' }] }, message: 'files: needs at least 2 entries' },
  'letter.info': { req: { platform: 'myspace' }, message: 'platform: expected one of "tiktok", "instagram", "facebook", "google", "x"' },
  'letter.compose': { req: { platform: 'x', jurisdiction: 'uk' }, message: 'jurisdiction: expected one of "eu", "us"' },
};

/** Handlers that record what reached them; the gate sits in front, as createCore puts it. */
function echoCore() {
  const seen: { channel: Channel; req: unknown }[] = [];
  const raw = Object.fromEntries(CHANNELS.map((c) => [c, async (req: unknown) => (seen.push({ channel: c, req }), { ok: c })]));
  return { seen, handlers: gateHandlers(raw as unknown as Handlers) };
}

describe('the schema gate on every channel', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: a valid request reaches the handler unchanged`, async () => {
      const { seen, handlers } = echoCore();
      const out = await callChannel(handlers, channel, VALID[channel]);
      expect(out).toEqual({ ok: true, value: { ok: channel } });
      expect(seen).toEqual([{ channel, req: VALID[channel] }]);
    });

    it(`${channel}: a wrong request is bad-request naming the field, and never reaches the handler`, async () => {
      const { seen, handlers } = echoCore();
      const { req, message } = WRONG[channel];
      const out = await callChannel(handlers, channel, req);
      expect(out.ok).toBe(false);
      if (out.ok) return;
      expect(out.status).toBe(400);
      expect(out.error.code).toBe('bad-request');
      expect(out.error.message).toBe(message);
      expect(out.error.detail?.channel).toBe(channel);
      expect(out.error.detail?.issues?.[0]?.path).toBe(message.split(':')[0]);
      expect(seen).toEqual([]);
    });
  }

  it('refuses timeline.event {id:[1]} rather than coercing it, and numeric text too', async () => {
    const { seen, handlers } = echoCore();
    for (const id of [[1], '1', true, null, 1.5]) {
      const out = await callChannel(handlers, 'timeline.event', { id });
      expect(out.ok, JSON.stringify(id)).toBe(false);
    }
    expect(seen).toEqual([]);
  });

  it('lists every wrong field at once', async () => {
    const { handlers } = echoCore();
    const out = await callChannel(handlers, 'timeline.page', { filter: { sourceIds: ['a'], kinds: ['nap'] }, limit: 'ten', extra: 1 });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.detail?.issues?.map((i) => i.path)).toEqual(['filter.sourceIds[0]', 'filter.kinds[0]', 'limit', 'extra']);
    expect(out.error.message).toBe(
      'filter.sourceIds[0]: expected a whole number, got a text; filter.kinds[0]: expected one of ' +
        '"login", "logout", "session", "security", "password_change", "app_authorised", "device_seen", "ad_impression", "ad_click", "off_platform", "watch", "like", "favorite", "search", "share", "comment", "post", "message", "follow", "follower", "block", "live", "purchase", "location", "profile", "other"; ' +
        'limit: expected a whole number, got a text; extra: unknown field',
    );
  });

  it('a request that is not an object is bad-request before any schema', async () => {
    const { handlers } = echoCore();
    for (const req of [null, [], 'x', 3]) {
      const out = await callChannel(handlers, 'profile.info', req);
      expect(out).toMatchObject({ ok: false, status: 400, error: { code: 'bad-request' } });
    }
  });

  it('an internal error in a handler becomes `internal` with the generic message; the real text is only logged', async () => {
    const failing = gateHandlers(
      Object.fromEntries(CHANNELS.map((c) => [c, async () => (null as unknown as { q: { split(s: string): string[] } }).q.split(' ')])) as unknown as Handlers,
    );
    const logged: string[] = [];
    const out = await callChannel(failing, 'sources.list', {}, (err, ctx) => logged.push(`${ctx}: ${String(err)}`));
    expect(out).toEqual({ ok: false, status: 500, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    expect(JSON.stringify(out)).not.toMatch(/split|undefined|TypeError|at /);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^sources\.list: TypeError/);
  });
});

it('zod runs jitless: it never probes `new Function`, which the renderer\'s CSP would report', () => {
  expect(z.config().jitless).toBe(true);
});
