import { describe, expect, it } from 'vitest';
import {
  isoFromMs, parseAnyTime, parseDateOnly, parseIsoTime, parseLinkedInTime, parseMinuteTime, parseTikTokTime, tikTokTimeByPattern,
  parseTwitterTime, parseUnixAuto, parseUnixMs, parseUnixSeconds, parseUtcMarkedTime,
} from '../../../shared/time';

describe('TikTok YYYY-MM-DD HH:MM:SS', () => {
  it('reads as UTC, keeps the text, second precision', () => {
    expect(parseTikTokTime('2023-08-12 16:10:37')).toEqual({ utc: '2023-08-12T16:10:37Z', text: '2023-08-12 16:10:37', precision: 'second' });
  });

  it('tolerates a trailing " UTC" and surrounding whitespace', () => {
    expect(parseTikTokTime('2014-09-08 11:32:14 UTC').utc).toBe('2014-09-08T11:32:14Z');
    expect(parseTikTokTime(' 2014-09-08 11:32:14\r').utc).toBe('2014-09-08T11:32:14Z');
  });

  it('is independent of the local time zone', () => {
    // The whole point: no `new Date(text)`, which would read this in local time.
    expect(parseTikTokTime('2024-03-31 01:30:00').utc).toBe('2024-03-31T01:30:00Z');
  });

  it.each(['2023-02-29 10:00:00', '2023-13-01 10:00:00', '2023-04-31 10:00:00', '2023-01-01 24:00:00', '2023-01-01 10:60:00',
    '2023-01-01 10:00:60', '23-01-01 10:00:00', '2023-01-01', '', 'yesterday', '2023-01-01 10:00:00 CET'])('rejects %j with the text kept', (text) => {
    expect(parseTikTokTime(text)).toEqual({ utc: null, text, precision: 'second' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseTikTokTime('2024-02-29 23:59:59').utc).toBe('2024-02-29T23:59:59Z');
  });
});

describe('ISO-8601 with a zone', () => {
  it.each([
    ['2024-03-01T10:20:30Z', '2024-03-01T10:20:30Z', 'second'],
    ['2024-03-01T10:20:30+02:00', '2024-03-01T08:20:30Z', 'second'],
    ['2024-03-01T01:20:30-0500', '2024-03-01T06:20:30Z', 'second'],
    ['2024-03-01T00:30:00+01', '2024-02-29T23:30:00Z', 'second'],
    ['2024-03-01T10:20:30.123456Z', '2024-03-01T10:20:30.123Z', 'ms'],
    ['2024-03-01T10:20:30.5+00:00', '2024-03-01T10:20:30.500Z', 'ms'],
    ['2024-03-01T10:20Z', '2024-03-01T10:20:00Z', 'minute'],
  ])('%s → %s (%s)', (text, utc, precision) => {
    expect(parseIsoTime(text)).toEqual({ utc, text, precision });
  });

  it('rejects a zone-less ISO string rather than guessing', () => {
    expect(parseIsoTime('2024-03-01T10:20:30').utc).toBeNull();
    expect(parseIsoTime('2024-03-01T10:20:30+25:00').utc).toBeNull();
  });
});

describe('unix numbers', () => {
  it('seconds and milliseconds', () => {
    expect(parseUnixSeconds(1_700_000_000)).toEqual({ utc: '2023-11-14T22:13:20Z', text: '1700000000', precision: 'second' });
    expect(parseUnixSeconds('1700000000')).toEqual({ utc: '2023-11-14T22:13:20Z', text: '1700000000', precision: 'second' });
    expect(parseUnixMs(1_700_000_000_123)).toEqual({ utc: '2023-11-14T22:13:20.123Z', text: '1700000000123', precision: 'ms' });
    expect(parseUnixSeconds(1_700_000_000.25).utc).toBe('2023-11-14T22:13:20.250Z');
  });

  it('auto picks the unit by magnitude', () => {
    expect(parseUnixAuto(1_700_000_000).utc).toBe('2023-11-14T22:13:20Z');
    expect(parseUnixAuto(1_700_000_000_000).utc).toBe('2023-11-14T22:13:20.000Z');
  });

  it('rejects non-numbers and absurd values', () => {
    expect(parseUnixSeconds('17e8').utc).toBeNull();
    expect(parseUnixMs(Number.NaN).utc).toBeNull();
    expect(parseUnixMs(1e20).utc).toBeNull();
  });
});

describe('other platforms', () => {
  it('X tweets: Sat Aug 12 16:10:37 +0000 2023', () => {
    expect(parseTwitterTime('Sat Aug 12 16:10:37 +0000 2023')).toEqual({ utc: '2023-08-12T16:10:37Z', text: 'Sat Aug 12 16:10:37 +0000 2023', precision: 'second' });
    expect(parseTwitterTime('Sat Aug 12 16:10:37 +0200 2023').utc).toBe('2023-08-12T14:10:37Z');
    expect(parseTwitterTime('Sat Foo 12 16:10:37 +0000 2023').utc).toBeNull();
  });

  it('Google Access Log: YYYY-MM-DD HH:MM:SS UTC', () => {
    expect(parseUtcMarkedTime('2024-01-05 07:08:09 UTC').utc).toBe('2024-01-05T07:08:09Z');
    expect(parseUtcMarkedTime('2024-01-05 07:08:09').utc).toBeNull();
  });

  it('LinkedIn: Tue Jan 10 12:34:56 UTC 2023', () => {
    expect(parseLinkedInTime('Tue Jan 10 12:34:56 UTC 2023').utc).toBe('2023-01-10T12:34:56Z');
  });

  it('Spotify: YYYY-MM-DD HH:MM, minute precision', () => {
    expect(parseMinuteTime('2023-06-01 21:05')).toEqual({ utc: '2023-06-01T21:05:00Z', text: '2023-06-01 21:05', precision: 'minute' });
    expect(parseMinuteTime('2023-06-01 21:65').utc).toBeNull();
  });
});

describe('dates only', () => {
  it.each([
    ['2002-08-10', '2002-08-10T00:00:00Z'],
    ['10-Aug-2002', '2002-08-10T00:00:00Z'],
    ['10 aug 2002', '2002-08-10T00:00:00Z'],
    ['Aug 10, 2002', '2002-08-10T00:00:00Z'],
  ])('%s → %s at day precision', (text, utc) => {
    expect(parseDateOnly(text)).toEqual({ utc, text, precision: 'day' });
  });

  it('slash dates only with an explicit order', () => {
    expect(parseDateOnly('03/04/2002').utc).toBeNull();
    expect(parseDateOnly('03/04/2002', { slashOrder: 'dmy' }).utc).toBe('2002-04-03T00:00:00Z');
    expect(parseDateOnly('03/04/2002', { slashOrder: 'mdy' }).utc).toBe('2002-03-04T00:00:00Z');
    expect(parseDateOnly('31/02/2002', { slashOrder: 'dmy' }).utc).toBeNull();
  });
});

describe('parseAnyTime', () => {
  it.each([
    ['2024-03-01T10:20:30+02:00', '2024-03-01T08:20:30Z'],
    ['2024-03-01 10:20:30', '2024-03-01T10:20:30Z'],
    ['Sat Aug 12 16:10:37 +0000 2023', '2023-08-12T16:10:37Z'],
    ['2023-06-01 21:05', '2023-06-01T21:05:00Z'],
    ['10-Aug-2002', '2002-08-10T00:00:00Z'],
    ['1700000000', '2023-11-14T22:13:20Z'],
  ])('%s', (text, utc) => {
    expect(parseAnyTime(text).utc).toBe(utc);
  });

  it('never guesses an ambiguous or free-text date', () => {
    expect(parseAnyTime('03/04/2002')).toEqual({ utc: null, text: '03/04/2002', precision: 'second' });
    expect(parseAnyTime('March 3rd')).toMatchObject({ utc: null, text: 'March 3rd' });
  });

  it('isoFromMs keeps ms only at ms precision', () => {
    expect(isoFromMs(0)).toBe('1970-01-01T00:00:00Z');
    expect(isoFromMs(1, 'ms')).toBe('1970-01-01T00:00:00.001Z');
  });
});

describe('TikTok times read character by character', () => {
  it('give exactly what the pattern gives, for valid, invalid and near-miss texts', () => {
    let x = 9;
    const next = (): number => ((x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    const mutate = (t: string): string => {
      const i = Math.floor(next() * t.length);
      const r = next();
      if (r < 0.3) return t.slice(0, i) + String(Math.floor(next() * 10)) + t.slice(i + 1);
      if (r < 0.45) return t.slice(0, i) + pick([' ', 'T', '-', ':', 'x', '٣']) + t.slice(i + 1);
      if (r < 0.55) return ` ${t}`;
      if (r < 0.65) return `${t} UTC`;
      if (r < 0.75) return t.slice(0, 18);
      return t;
    };
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
    let valid = 0;
    for (let i = 0; i < 30_000; i++) {
      const y = pick([2019, 2020, 2023, 2024, 2025, 1, 0, 9999, 1900, 2100]);
      const t = `${pad(y, 4)}-${pad(Math.floor(next() * 14), 2)}-${pad(Math.floor(next() * 33), 2)}${pick([' ', 'T'])}${pad(Math.floor(next() * 26), 2)}:${pad(Math.floor(next() * 61), 2)}:${pad(Math.floor(next() * 61), 2)}`;
      // Runs of one day, as a watch history has, and a jump now and then.
      for (const text of [t, mutate(t), t.slice(0, 11) + '00:00:00', mutate(mutate(t))]) {
        const got = parseTikTokTime(text);
        expect(got, JSON.stringify(text)).toEqual(tikTokTimeByPattern(text));
        if (got.utc !== null) valid++;
      }
    }
    expect(valid).toBeGreaterThan(10_000);
  });
});
