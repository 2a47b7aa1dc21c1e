import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api';
import { buildIpcTable, isTrustedSender, routeHandlers, splitRoute, type SenderEventLike } from '../../../electron/main/ipc-table';
import { unwrapEnvelope } from '../../../electron/preload/ipc-wire';
import { INTERNAL_MESSAGE } from '../../../shared/errors';
import { fakeCore, PROFILE } from './fake-core';

const prod = { dev: false };
const fromApp: SenderEventLike = { senderFrame: { url: 'app://whereabouts/index.html', parent: null } };

describe('IPC table', () => {
  it('registers exactly the CHANNELS, in order, once each', () => {
    const table = buildIpcTable(routeHandlers(fakeCore().handlers), prod);
    expect(table.map((e) => e.channel)).toEqual([...CHANNELS]);
  });

  it('calls the core for a trusted sender and wraps the answer in an envelope', async () => {
    const entry = buildIpcTable(routeHandlers(fakeCore().handlers), prod).find((e) => e.channel === 'profile.info')!;
    const env = await entry.listener(fromApp, {});
    expect(env).toEqual({ ok: true, value: PROFILE });
    expect(unwrapEnvelope(env)).toEqual(PROFILE);
  });

  it('passes ApiError codes as envelopes the preload turns into an Error with message and code; bugs read as internal', async () => {
    const table = buildIpcTable(routeHandlers(fakeCore().handlers), prod);
    const list = await table.find((e) => e.channel === 'sources.list')!.listener(fromApp, {});
    expect(list).toEqual({ ok: false, error: { code: 'unsupported', message: 'sources.list is not part of the fake core' } });
    let thrown: unknown;
    try {
      unwrapEnvelope(list);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({ message: 'sources.list is not part of the fake core', code: 'unsupported' });
    const boom = await table.find((e) => e.channel === 'sources.members')!.listener(fromApp, { sourceId: 666 });
    expect(boom).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    const bad = await table.find((e) => e.channel === 'profile.info')!.listener(fromApp, [1, 2]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it("splitRoute answers main's own channels locally and forwards the rest untouched", async () => {
    const forwarded: string[] = [];
    const route = splitRoute({ 'dialog.openExport': async () => ({ paths: ['/x.zip'] }) }, async (channel) => {
      forwarded.push(channel);
      return { ok: true, value: 'from-core' };
    });
    expect(await route('dialog.openExport', {})).toEqual({ ok: true, value: { paths: ['/x.zip'] } });
    expect(await route('profile.info', {})).toEqual({ ok: true, value: 'from-core' });
    expect(forwarded).toEqual(['profile.info']);
  });

  it('rejects untrusted sender frames without calling the core', async () => {
    const core = fakeCore();
    const entry = buildIpcTable(routeHandlers(core.handlers), prod).find((e) => e.channel === 'profile.info')!;
    const untrusted: SenderEventLike[] = [
      { senderFrame: null },
      { senderFrame: { url: 'https://example.com/', parent: null } },
      { senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } },
      { senderFrame: { url: 'app://evil/index.html', parent: null } },
      { senderFrame: { url: 'http://localhost:5173/', parent: null } },
      { senderFrame: { url: 'data:text/html,x', parent: null } },
      // A sub-frame, even of our own origin.
      { senderFrame: { url: 'app://whereabouts/frame.html', parent: {} } },
    ];
    for (const ev of untrusted) await expect(entry.listener(ev, {}), ev.senderFrame?.url).rejects.toThrow(/untrusted sender/);
    expect(core.calls).toEqual([]);
  });

  it('trusts the dev server only in dev', () => {
    const dev = { dev: true, devServerUrl: 'http://localhost:5173' };
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSender('ws://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', prod)).toBe(false);
    expect(isTrustedSender('app://whereabouts/index.html', prod)).toBe(true);
    expect(isTrustedSender(undefined, prod)).toBe(false);
  });
});

describe('envelope', () => {
  it('refuses replies that are not envelopes', () => {
    expect(() => unwrapEnvelope(42)).toThrow(expect.objectContaining({ code: 'unreachable' }));
    expect(() => unwrapEnvelope(null)).toThrow(expect.objectContaining({ code: 'unreachable' }));
    // An unknown code is not passed through as if it were one of the contract's.
    expect(() => unwrapEnvelope({ ok: false, error: { code: 'weird', message: 'x' } })).toThrow(expect.objectContaining({ code: 'internal' }));
  });
});
