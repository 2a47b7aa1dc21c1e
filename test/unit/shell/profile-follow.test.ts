/**
 * Main follows profiles.switch (electron/main/profile-follow.ts): a restarted core must open the
 * profile switched to, with that profile's tmp/ folder. The client here is a stand-in whose
 * answers the test chooses (a switch that works, one refused as busy).
 */
import { describe, expect, it } from 'vitest';
import { followProfileSwitches, initForProfile } from '../../../electron/main/profile-follow';
import { followingTempDir } from '../../../electron/main/paths';
import type { CoreClient } from '../../../electron/core/host/client';
import type { CallEnvelope } from '../../../electron/core/host/protocol';

describe('profile-follow', () => {
  it('moves the temp folder into the other profile folder, and leaves one outside the profile alone', () => {
    expect(followingTempDir('/d/profiles/default/whereabouts.db', '/d/profiles/default/tmp', '/d/profiles/anna/whereabouts.db')).toBe('/d/profiles/anna/tmp');
    expect(followingTempDir('/d/profiles/default/whereabouts.db', '/var/tmp/wa', '/d/profiles/anna/whereabouts.db')).toBe('/var/tmp/wa');
    expect(initForProfile({ dbPath: '/d/profiles/default/whereabouts.db', transport: 'electron', tempDir: '/d/profiles/default/tmp', profilesDir: '/d/profiles' }, '/d/profiles/anna/whereabouts.db'))
      .toEqual({ dbPath: '/d/profiles/anna/whereabouts.db', transport: 'electron', tempDir: '/d/profiles/anna/tmp', profilesDir: '/d/profiles' });
  });

  it('reports a successful switch only, through call and through handlers', async () => {
    const answers: Record<string, CallEnvelope> = {
      'profiles.switch': { ok: true, value: { dbPath: '/d/profiles/anna/whereabouts.db' } },
      'profile.info': { ok: true, value: { dbPath: '/d/profiles/anna/whereabouts.db' } },
    };
    let fail = false;
    const inner = {
      call: async (channel: string) => (fail ? { ok: false, error: { code: 'busy', message: 'An import is running.' } } : answers[channel]!),
    } as unknown as CoreClient;
    const seen: string[] = [];
    const client = followProfileSwitches(inner, (p) => seen.push(p));
    await client.call('profile.info', {});
    expect(seen).toEqual([]);
    await client.call('profiles.switch', { name: 'anna' });
    expect(seen).toEqual(['/d/profiles/anna/whereabouts.db']);
    fail = true;
    await expect(client.handlers['profiles.switch']({ name: 'ben' })).rejects.toMatchObject({ code: 'busy' });
    expect(seen).toHaveLength(1);
  });
});
