/** One display zone: offsets, the export's written zone in words, chart ticks on a zone's calendar. */
import { describe, expect, it } from 'vitest';
import { formatLocal, resolveZone, useZoneSetting, writtenZone, zoneOffsetMs } from '../../../renderer/src/lib/time';
import { zoneTicks } from '../../../renderer/src/views/timeline/zone-ticks';

describe('zone offsets', () => {
  it('gives the wall-clock offset, DST included', () => {
    expect(zoneOffsetMs('UTC', Date.UTC(2024, 0, 1))).toBe(0);
    expect(zoneOffsetMs('Europe/Berlin', Date.UTC(2024, 0, 15, 12))).toBe(3_600_000);
    expect(zoneOffsetMs('Europe/Berlin', Date.UTC(2024, 6, 15, 12))).toBe(7_200_000);
    expect(zoneOffsetMs('America/New_York', Date.UTC(2024, 0, 15, 12))).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs('Asia/Kolkata', Date.UTC(2024, 0, 15, 12))).toBe(5.5 * 3_600_000);
  });
});

describe('the display zone setting', () => {
  it('defaults to the computer’s zone, takes UTC or a named zone, refuses unknown names', () => {
    expect(useZoneSetting.getState().zone).toBe('system');
    expect(resolveZone('system')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    useZoneSetting.getState().setZone('Asia/Tokyo');
    expect(formatLocal('2024-03-01T10:20:30Z', 'minute')).toBe('1 Mar 2024, 19:20');
    useZoneSetting.getState().setZone('Mars/Olympus');
    expect(useZoneSetting.getState().zone).toBe('system');
    useZoneSetting.getState().setZone('UTC');
    expect(formatLocal('2024-03-01T10:20:30Z', 'minute')).toBe('1 Mar 2024, 10:20');
    useZoneSetting.getState().setZone('system');
  });
});

describe('the zone the export wrote', () => {
  it('names a written zone, a Unix number, a date alone, or says none was given (read as UTC)', () => {
    expect(writtenZone('2024-03-01T10:20:30Z', 'second')).toBe('zone given: UTC');
    expect(writtenZone('2024-03-01T10:20:30.123+02:00', 'ms')).toBe('zone given: +02:00');
    expect(writtenZone('Wed Mar 01 10:20:30 +0000 2024', 'second')).toBe('zone given: UTC');
    expect(writtenZone('2024-03-01 10:20:30 UTC', 'second')).toBe('zone given: UTC');
    expect(writtenZone('1709288430', 'second')).toBe('a Unix timestamp (UTC by definition)');
    expect(writtenZone('2024-03-01', 'day')).toBe('a date, no time of day or zone given');
    // TikTok writes "YYYY-MM-DD HH:MM:SS" with no zone; the importer reads it as UTC.
    expect(writtenZone('2024-03-01 10:20:30', 'second')).toBe('no zone given — read as UTC');
  });
});

describe('chart ticks on a zone’s calendar', () => {
  it('puts day ticks at local midnight, labelled with the local date', () => {
    const domain = { from: Date.UTC(2024, 0, 1, 12), to: Date.UTC(2024, 0, 4, 12) };
    const ny = zoneTicks(domain, 4, 'America/New_York');
    expect(ny.map((t) => t.label)).toEqual(['2024-01-02', '2024-01-03', '2024-01-04']);
    expect(ny.map((t) => t.at)).toEqual([Date.UTC(2024, 0, 2, 5), Date.UTC(2024, 0, 3, 5), Date.UTC(2024, 0, 4, 5)]);
    expect(zoneTicks(domain, 4, 'UTC').map((t) => t.at)).toEqual([Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 4)]);
  });
});
