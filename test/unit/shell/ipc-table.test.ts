import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api';
import { buildIpcTable, isTrustedSender, type SenderEventLike } from '../../../electron/main/ipc-table';
import { unwrapEnvelope } from '../../../electron/preload/ipc-wire';
import { fakeCore, PROFILE } from './fake-core';

const prod = { dev: false };
const fromApp: SenderEventLike = { senderFrame: { url: 'app://whereabouts/index.html', parent: null } };

describe('IPC table', () => {
  it('registers exactly the CHANNELS, in order, once each', () => {
    const table = buildIpcTable(fakeCore().handlers, prod);
    expect(table.map((e) => e.channel)).toEqual([...CHANNELS]);
  });

  it('calls the core for a trusted sender and wraps the answer in an envelope', async () => {
    const entry = buildIpcTable(fakeCore().handlers, prod).find((e) => e.channel === 'profile.info')!;
    const env = await entry.listener(fromApp, {});
    expect(env).toEqual({ ok: true, value: PROFILE });
    expect(unwrapEnvelope(env)).toEqual(PROFILE);
  });

  it('passes ApiError codes and plain errors as envelopes the preload turns into {message, code}', async () => {
    const table = buildIpcTable(fakeCore().handlers, prod);
    const list = await table.find((e) => e.channel === 'sources.list')!.listener(fromApp, {});
    expect(list).toEqual({ ok: false, error: 'sources.list is not part of the fake core', code: 'not-implemented' });
    expect(() => unwrapEnvelope(list)).toThrow(expect.objectContaining({ name: 'ApiError', message: 'sources.list is not part of the fake core', code: 'not-implemented' }));
    const bad = await table.find((e) => e.channel === 'profile.info')!.listener(fromApp, [1, 2]);
    expect(bad).toMatchObject({ ok: false, code: 'bad-request' });
  });

  it('rejects untrusted sender frames without calling the core', async () => {
    const core = fakeCore();
    const entry = buildIpcTable(core.handlers, prod).find((e) => e.channel === 'profile.info')!;
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
    expect(() => unwrapEnvelope(42)).toThrow(expect.objectContaining({ code: 'bad-reply' }));
    expect(() => unwrapEnvelope(null)).toThrow(expect.objectContaining({ code: 'bad-reply' }));
  });
});
