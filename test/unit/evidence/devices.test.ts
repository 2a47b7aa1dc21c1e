/** Devices as people know them: user agents and model codes read as device · system · app, grouped. */
import { describe, expect, it } from 'vitest';
import type { DeviceRow } from '../../../shared/api';
import { deviceFamily, groupDevices, readDevice, splitSystem } from '../../../electron/core/evidence/devices';

// The user agents the Meta generators write (test/fixtures/generators/*-model.ts).
const IG_IPHONE = 'Instagram 309.0.2.18.119 (iPhone14,5; iOS 17_1_2; sv_SE; sv; scale=3.00; 1170x2532; 544166003) AppleWebKit/420+';
const IG_IPHONE_NEWER = 'Instagram 312.1.0.22.114 (iPhone14,5; iOS 17_3; sv_SE; sv; scale=3.00; 1170x2532; 551234567) AppleWebKit/420+';
const IG_ANDROID = 'Instagram 305.0.0.34.110 Android (33/13; 420dpi; 1080x2340; samsung; SM-A536B; a53x; s5e8825; en_US; 529083166)';
const FB_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/455.0.0.38.107;FBBV/581232157;FBDV/iPhone14,2;FBMD/iPhone;FBSN/iOS;FBSV/17.4;FBSS/3;FBCR/;FBID/phone;FBLC/fr_FR;FBOP/5]';
const CHROME_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36';
const CHROME_WIN_OLD = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const FIREFOX_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:121.0) Gecko/20100101 Firefox/121.0';

function row(id: number, model: string | null, system: string | null, userAgent: string | null, count = 1): DeviceRow & { userAgent: string | null; rawModel: string | null } {
  return { id, model: model ?? userAgent, rawModel: model, system, userAgent, identifiers: {}, count, first: `2024-01-0${id}T00:00:00.000Z`, last: `2024-02-0${id}T00:00:00.000Z`, platforms: ['instagram'] };
}

describe('reading one device', () => {
  it('reads app user agents as device, system and the platform app', () => {
    expect(readDevice({ model: null, system: null, userAgent: IG_IPHONE })).toMatchObject({ device: 'iPhone', systemName: 'iOS', systemVersion: '17', app: 'Instagram', isApp: true });
    expect(readDevice({ model: null, system: null, userAgent: IG_ANDROID })).toMatchObject({ device: 'Samsung SM-A536B', systemName: 'Android', app: 'Instagram', isApp: true });
    expect(readDevice({ model: null, system: null, userAgent: FB_IPHONE })).toMatchObject({ device: 'iPhone', systemName: 'iOS', systemVersion: '17', app: 'Facebook', isApp: true });
  });

  it('reads browsers as browser on system', () => {
    expect(readDevice({ model: null, system: null, userAgent: CHROME_WIN })).toMatchObject({ device: null, systemName: 'Windows', app: 'Chrome', appVersion: '123', isApp: false });
    expect(readDevice({ model: null, system: null, userAgent: FIREFOX_MAC })).toMatchObject({ device: 'Mac', systemName: 'macOS', systemVersion: null, app: 'Firefox' });
  });

  it('names model codes by family and cuts system versions to the major', () => {
    expect(deviceFamily('iPhone14,2')).toBe('iPhone');
    expect(deviceFamily('iPad13,1')).toBe('iPad');
    expect(deviceFamily('SM-G991B')).toBe('Samsung SM-G991B');
    expect(deviceFamily('Pixel 7')).toBe('Pixel 7');
    expect(deviceFamily('  ')).toBeNull();
    expect(splitSystem('iOS 17.4.1')).toEqual({ name: 'iOS', version: '17' });
    expect(splitSystem('Android 13')).toEqual({ name: 'Android', version: '13' });
    expect(splitSystem('ios')).toEqual({ name: 'iOS', version: null });
    expect(splitSystem(null)).toEqual({ name: null, version: null });
  });
});

describe('grouping device rows', () => {
  it('puts rows that differ only in versions in one group, labelled with the version span', () => {
    const groups = groupDevices([
      row(1, null, null, IG_IPHONE, 5), row(2, null, null, IG_IPHONE_NEWER, 3), row(3, null, null, CHROME_WIN, 2), row(4, null, null, CHROME_WIN_OLD, 4),
      row(5, 'iPhone14,2', 'iOS 16.6', null, 1), row(6, 'iPhone14,2', 'iOS 17.0.3', null, 1), row(7, null, null, FB_IPHONE, 1),
    ]);
    expect(groups.map((g) => [g.label, g.count, g.deviceIds])).toEqual([
      ['iPhone · iOS 17 · Instagram app', 8, [1, 2]],
      ['Chrome 120–123 on Windows 10', 6, [3, 4]],
      ['iPhone · iOS 16–17', 2, [5, 6]],
      ['iPhone · iOS 17 · Facebook app', 1, [7]],
    ]);
    expect(groups[0]).toMatchObject({ first: '2024-01-01T00:00:00.000Z', last: '2024-02-02T00:00:00.000Z', platforms: ['instagram'] });
  });

  it('keeps rows with nothing readable apart, one group each, never merged', () => {
    const groups = groupDevices([row(1, null, null, null), row(2, null, null, null)]);
    expect(groups.map((g) => g.label)).toEqual(['Unknown device', 'Unknown device']);
    expect(groups.map((g) => g.deviceIds)).toEqual([[1], [2]]);
  });

  it('names identifier-only rows by the kind of device their identifiers belong to, still apart', () => {
    const a = { ...row(1, null, null, null), identifiers: { IDFA: 'x', IDFV: 'y' } };
    const b = { ...row(2, null, null, null), identifiers: { GAID: 'z' } };
    const c = { ...row(3, null, null, null), identifiers: { IDFV: 'w' } };
    expect(groupDevices([a, b, c]).map((g) => [g.label, g.deviceIds])).toEqual([
      ['Android device (identifiers only)', [2]], ['Apple device (identifiers only)', [1]], ['Apple device (identifiers only)', [3]],
    ]);
  });
});
