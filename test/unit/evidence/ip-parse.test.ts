import { describe, expect, it } from 'vitest';
import { parseIp, parseIPv4, parseIPv6 } from '../../../electron/core/evidence/ip-parse';
import { specialV4, specialV6 } from '../../../electron/core/evidence/ip-special';

const words = (s: string): number[] | null => {
  const out = new Uint32Array(4);
  return parseIPv6(s, out) ? [...out] : null;
};

describe('parseIPv4', () => {
  it('reads dotted quads', () => {
    expect(parseIPv4('0.0.0.0')).toBe(0);
    expect(parseIPv4('8.8.8.8')).toBe(0x08080808);
    expect(parseIPv4('255.255.255.255')).toBe(0xffffffff);
  });
  it.each(['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '1..2.3', '1.2.3.', '.1.2.3', 'a.b.c.d', '1.2.3.4 ', '1234.1.1.1'])('rejects %j', (s) => {
    expect(parseIPv4(s)).toBe(-1);
  });
});

describe('parseIPv6', () => {
  it('expands :: and reads hex groups', () => {
    expect(words('::')).toEqual([0, 0, 0, 0]);
    expect(words('::1')).toEqual([0, 0, 0, 1]);
    expect(words('1::')).toEqual([0x00010000, 0, 0, 0]);
    expect(words('2001:4860:4860::8888')).toEqual([0x20014860, 0x48600000, 0, 0x8888]);
    expect(words('2a03:2880:f10c:83:face:b00c:0:25de')).toEqual([0x2a032880, 0xf10c0083, 0xfaceb00c, 0x25de]);
    expect(words('FE80::1%eth0')).toEqual([0xfe800000, 0, 0, 1]);
  });
  it('reads a dotted-quad tail', () => {
    expect(words('::ffff:1.2.3.4')).toEqual([0, 0, 0xffff, 0x01020304]);
    expect(words('64:ff9b::192.0.2.33')).toEqual([0x0064ff9b, 0, 0, 0xc0000221]);
  });
  it.each([':', ':::', '1:::2', '1::2::3', '12345::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', 'g::1', '::1.2.3', '1:'])('rejects %j', (s) => {
    expect(words(s)).toBeNull();
  });
});

describe('parseIp', () => {
  it('accepts what exports contain', () => {
    expect(parseIp('1.2.3.4')).toEqual({ version: 4, v4: 0x01020304 });
    expect(parseIp(' 1.2.3.4 ')).toEqual({ version: 4, v4: 0x01020304 });
    expect(parseIp('1.2.3.4:8080')).toEqual({ version: 4, v4: 0x01020304 });
    expect(parseIp('[2001:db8::1]:443')).toMatchObject({ version: 6, mappedV4: null });
    expect(parseIp('::ffff:8.8.8.8')).toMatchObject({ version: 6, mappedV4: 0x08080808 });
    expect(parseIp('::ffff:808:808')).toMatchObject({ version: 6, mappedV4: 0x08080808 });
  });
  it.each(['', 'localhost', 'not an ip', '999.1.1.1', '[::1', '1.2.3.4:5:6'])('returns null for %j', (s) => {
    expect(parseIp(s)).toBeNull();
  });
});

describe('special ranges', () => {
  const v4 = (s: string) => specialV4(parseIPv4(s));
  const v6 = (s: string) => {
    const w = new Uint32Array(4);
    parseIPv6(s, w);
    return specialV6(w);
  };
  it('IPv4', () => {
    expect(v4('10.1.2.3')).toBe('private');
    expect(v4('172.31.255.255')).toBe('private');
    expect(v4('172.32.0.1')).toBeNull();
    expect(v4('192.168.1.1')).toBe('private');
    expect(v4('100.64.0.1')).toBe('cgnat');
    expect(v4('100.127.255.255')).toBe('cgnat');
    expect(v4('100.128.0.1')).toBeNull();
    expect(v4('127.0.0.1')).toBe('loopback');
    expect(v4('169.254.10.1')).toBe('link-local');
    expect(v4('192.0.2.1')).toBe('documentation');
    expect(v4('198.51.100.7')).toBe('documentation');
    expect(v4('203.0.113.7')).toBe('documentation');
    expect(v4('224.0.0.1')).toBe('multicast');
    expect(v4('255.255.255.255')).toBe('reserved');
    expect(v4('0.1.2.3')).toBe('reserved');
    expect(v4('8.8.8.8')).toBeNull();
    expect(v4('203.0.114.1')).toBeNull();
  });
  it('IPv6', () => {
    expect(v6('::1')).toBe('loopback');
    expect(v6('::')).toBe('reserved');
    expect(v6('2001:db8:1::5')).toBe('documentation');
    expect(v6('3fff:0fff::1')).toBe('documentation');
    expect(v6('fd12:3456::1')).toBe('private');
    expect(v6('fc00::1')).toBe('private');
    expect(v6('fe80::1')).toBe('link-local');
    expect(v6('febf::1')).toBe('link-local');
    expect(v6('ff02::1')).toBe('multicast');
    expect(v6('100::1')).toBe('reserved');
    expect(v6('2001:4860:4860::8888')).toBeNull();
    expect(v6('2a03:2880::1')).toBeNull();
  });
});
