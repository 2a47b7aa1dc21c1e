import { describe, expect, it } from 'vitest';
import { applySwitches, DISABLED_FEATURES, SWITCHES } from '../../../electron/main/switches';

describe('Chromium switches', () => {
  it('maps every host name to NOTFOUND except localhost', () => {
    expect(SWITCHES.find((s) => s.name === 'host-resolver-rules')?.value).toBe('MAP * ~NOTFOUND, EXCLUDE localhost');
  });

  it('turns off background networking, updates, beacons, pings and crash reports', () => {
    const names = SWITCHES.map((s) => s.name);
    for (const n of ['disable-background-networking', 'disable-component-update', 'disable-domain-reliability', 'no-pings', 'disable-breakpad']) {
      expect(names).toContain(n);
    }
    const features = SWITCHES.find((s) => s.name === 'disable-features')?.value?.split(',') ?? [];
    for (const f of ['AutofillServerCommunication', 'OptimizationHints', 'MediaRouter', 'CertificateTransparencyComponentUpdater']) expect(features).toContain(f);
    expect(features).toEqual([...DISABLED_FEATURES]);
  });

  it('documents every switch', () => {
    for (const s of SWITCHES) expect(s.why.length, s.name).toBeGreaterThan(10);
  });

  it('appends them all, with values where given', () => {
    const seen: [string, string | undefined][] = [];
    applySwitches({ appendSwitch: (name, value) => seen.push([name, value]) });
    expect(seen).toHaveLength(SWITCHES.length);
    expect(seen[0]).toEqual(['host-resolver-rules', 'MAP * ~NOTFOUND, EXCLUDE localhost']);
    expect(seen.find(([n]) => n === 'no-pings')).toEqual(['no-pings', undefined]);
  });
});
