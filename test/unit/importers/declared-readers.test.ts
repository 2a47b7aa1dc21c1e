/**
 * Which platforms' importers read the one declared spec format (importers/declared.ts), and that
 * those platforms' specs are complete enough to be read: every parsed member names its mapper by
 * id and says where its items are. That the readers really read by the spec they are given is
 * shown per platform in <platform>/declared-source.test.ts; this file keeps the list honest.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORM_SPECS } from '../../../electron/core/importers/declared';

describe('the importers that read the declared spec', () => {
  it('are every platform: TikTok, Instagram, Facebook, Google and X', () => {
    const by = (readers: string) => PLATFORM_SPECS.filter((s) => (s.readers ?? 'own-table') === readers).map((s) => s.platform);
    expect(by('declared')).toEqual(['tiktok', 'instagram', 'facebook', 'google', 'x']);
    expect(by('own-table')).toEqual([]);
  });

  it('name a mapper id and the items of every parsed member', () => {
    for (const spec of PLATFORM_SPECS.filter((s) => s.readers === 'declared')) {
      for (const m of spec.members.filter((x) => x.status === 'parsed' && x.id !== 'manifest')) {
        expect(m.record?.mapperId, `${spec.platform}/${m.id}`).toBeTruthy();
        expect(m.items, `${spec.platform}/${m.id}`).toBeDefined();
      }
    }
  });
});
