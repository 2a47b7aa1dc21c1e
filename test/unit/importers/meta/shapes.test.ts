/**
 * The pure helpers under the Meta importers: one field lookup over every record shape, times per
 * field unit, URL scanning, and pointers that keep the file's own (unrepaired) keys.
 */
import { describe, expect, it } from 'vitest';
import { INSTAGRAM_SPECS } from '../../../../electron/core/importers/instagram';
import { FieldBag } from '../../../../electron/core/importers/meta/fields';
import { mapItem } from '../../../../electron/core/importers/meta/map-item';
import { recordTime, unixTime } from '../../../../electron/core/importers/meta/meta-time';
import { rawKeyPath } from '../../../../electron/core/importers/meta/raw-path';
import { urlsInText, UrlList } from '../../../../electron/core/importers/meta/urls';
import { repairMetaJson } from '../../../../shared/text-repair';

describe('FieldBag: one lookup over every record shape', () => {
  it('string_map_data: labels (any spelling), values, hrefs and timestamps', () => {
    const bag = FieldBag.of({ title: 't', string_map_data: { 'IP Address': { href: '', value: '203.0.113.5', timestamp: 0 }, Time: { href: '', value: '', timestamp: 1700000000 } } });
    expect(bag.text(['ip_address'])).toBe('203.0.113.5');
    expect(bag.text(['IP address'])).toBe('203.0.113.5');
    expect(bag.get('time')?.timestamp).toBe(1700000000);
    expect(bag.get('Time')?.at).toEqual(['string_map_data', 'Time']);
    expect(bag.labelled.map((l) => l.label)).toEqual(['IP Address', 'Time']);
  });

  it('string_list_data: the first entry stands for the record; every href is collected', () => {
    const bag = FieldBag.of({ title: 'owner', string_list_data: [{ href: 'https://www.instagram.com/a', value: 'a', timestamp: 1 }, { href: 'https://www.instagram.com/b', value: 'b', timestamp: 2 }] });
    expect(bag.text(['value'])).toBe('a');
    expect(bag.raw(['timestamp'])).toBe(1);
    expect(bag.hrefs).toEqual(['https://www.instagram.com/a', 'https://www.instagram.com/b']);
  });

  it('label_values: value/href entries, vec of values, vec of dicts and nested dicts', () => {
    const bag = FieldBag.of({
      timestamp: 1700000000,
      label_values: [
        { label: 'URL', value: 'https://www.instagram.com/p/x/', href: 'https://www.instagram.com/p/x/' },
        { label: 'Tags', vec: [{ value: 'fika' }, { value: 'film' }] },
        { label: 'Owner', dict: [{ dict: [{ label: 'Username', value: 'filmlab.sthlm' }], title: '' }] },
        { label: 'Events', vec: [{ dict: [{ label: 'Type', value: 'PURCHASE' }, { label: 'Timestamp', timestamp_value: 1700000001 }] }] },
      ],
    });
    expect(bag.text(['URL'])).toBe('https://www.instagram.com/p/x/');
    expect(bag.text(['Tags'])).toBe('fika, film');
    expect(bag.text(['Username'])).toBe('filmlab.sthlm');
    expect(bag.text(['Type'])).toBe('PURCHASE');
    expect(bag.get('Username')?.at).toEqual(['label_values', 2, 'dict', 0, 'dict', 0]);
    expect(bag.raw(['timestamp'])).toBe(1700000000); // the item's own key wins over a nested label
  });

  it('plain keys, one-level nested objects as dotted keys, lists of scalars joined; media skipped', () => {
    const bag = FieldBag.of({
      ip_address: '203.0.113.9', session: { ip_address: '198.51.100.1', created_timestamp: 5 },
      emails: { emails: ['a@example.com', 'b@example.com'] }, media_map_data: { 'Profile Photo': { uri: 'x.jpg' } },
    });
    expect(bag.text(['session.ip_address'])).toBe('198.51.100.1');
    expect(bag.get('session.ip_address')?.at).toEqual(['session', 'ip_address']);
    expect(bag.text(['emails.emails'])).toBe('a@example.com, b@example.com');
    expect(bag.text(['Profile Photo'])).toBeUndefined();
  });

  it('both record shapes give the same login record', () => {
    const spec = INSTAGRAM_SPECS.find((s) => s.id === 'logins');
    if (!spec) throw new Error('no logins row');
    const classic = {
      title: '2024-03-01T10:20:30+00:00',
      string_map_data: {
        'Cookie Name': { value: 'abc' }, 'IP Address': { value: '203.0.113.5' }, 'Language Code': { value: 'sv' },
        Time: { timestamp: 1709288430 }, 'User Agent': { value: 'Firefox/121.0' },
      },
    };
    const newer = {
      timestamp: 1709288430, media: [],
      label_values: [{ label: 'IP address', value: '203.0.113.5' }, { label: 'Language code', value: 'sv' }, { label: 'User agent', value: 'Firefox/121.0' }, { label: 'Cookie name', value: 'abc' }],
    };
    const [a, b] = [classic, newer].map((item) => mapItem(spec, item, { owners: new Set() })?.drafts[0]?.body);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ kind: 'login', ip: '203.0.113.5', time: { utc: '2024-03-01T10:20:30Z' }, device: { userAgent: 'Firefox/121.0', identifiers: { Cookie: 'abc' } } });
  });
});

describe('times per field', () => {
  const bagOf = (item: Record<string, unknown>): FieldBag => FieldBag.of(item);

  it('seconds, milliseconds, and a label\'s own timestamp', () => {
    expect(recordTime(bagOf({ timestamp: 1700000000 }), [['timestamp', 's']])).toEqual({ utc: '2023-11-14T22:13:20Z', text: '1700000000', precision: 'second' });
    expect(recordTime(bagOf({ timestamp_ms: 1700000000123 }), [['timestamp_ms', 'ms']])).toEqual({ utc: '2023-11-14T22:13:20.123Z', text: '1700000000123', precision: 'ms' });
    expect(recordTime(bagOf({ string_map_data: { Tijd: { value: '', timestamp: 1700000000 } } }), [['Time', 's'], ['Tijd', 's']])?.utc).toBe('2023-11-14T22:13:20Z');
  });

  it('a unit the magnitude rules out is corrected (ms in a seconds field, seconds in an ms field)', () => {
    expect(unixTime(1700000000123, 's')).toMatchObject({ utc: '2023-11-14T22:13:20.123Z', precision: 'ms' });
    expect(unixTime(1700000000, 'ms')).toMatchObject({ utc: '2023-11-14T22:13:20Z', precision: 'second' });
  });

  it('0 means "no time": the next field is tried', () => {
    expect(recordTime(bagOf({ string_map_data: { Time: { timestamp: 0 } }, timestamp: 1700000000 }), [['Time', 's'], ['timestamp', 's']])?.utc).toBe('2023-11-14T22:13:20Z');
    expect(recordTime(bagOf({ timestamp: 0 }), [['timestamp', 's']])).toBeUndefined();
  });

  it('ISO text with an offset (a login title) and numeric strings', () => {
    expect(recordTime(bagOf({ title: '2024-03-01T12:20:30+02:00' }), [['title', 'text']])?.utc).toBe('2024-03-01T10:20:30Z');
    expect(recordTime(bagOf({ timestamp: '1700000000' }), [['timestamp', 's']])?.utc).toBe('2023-11-14T22:13:20Z');
    expect(recordTime(bagOf({ title: 'not a time' }), [['title', 'text']])?.utc).toBeNull();
  });
});

describe('URLs in strings', () => {
  it('stops at whitespace and sentence punctuation; keeps balanced parentheses', () => {
    expect(urlsInText('see https://scontent-lhr8-1.cdninstagram.com/v/a.jpg?oe=1, and (https://x.example/b).')).toEqual([
      'https://scontent-lhr8-1.cdninstagram.com/v/a.jpg?oe=1', 'https://x.example/b',
    ]);
    expect(urlsInText('wiki https://en.example.org/wiki/Foo_(bar) ok')).toEqual(['https://en.example.org/wiki/Foo_(bar)']);
    expect(urlsInText('"https://a.example/q?x=1"')).toEqual(['https://a.example/q?x=1']);
    expect(urlsInText('ftp://a.example/ and media/posts/1.jpg and https://')).toEqual([]);
  });

  it('one record lists a URL once, however often it is written', () => {
    const list = new UrlList();
    list.addLink('https://www.instagram.com/reel/x/');
    list.addText('look https://www.instagram.com/reel/x/ and https://www.instagram.com/reel/x/');
    list.addLink('media/posts/202401/1.jpg');
    expect(list.urls).toEqual(['https://www.instagram.com/reel/x/']);
  });
});

describe('pointers keep the file\'s keys', () => {
  it('a repaired key maps back to the key as parsed from the file', () => {
    const raw = JSON.parse('{"string_map_data": {"Anv\\u00c3\\u00a4ndarnamn": {"value": "x"}}}') as unknown;
    const repaired = repairMetaJson(raw);
    expect(Object.keys((repaired as { string_map_data: object }).string_map_data)).toEqual(['Användarnamn']);
    expect(rawKeyPath(raw, repaired, ['string_map_data', 'Användarnamn'])).toEqual(['string_map_data', 'AnvÃ¤ndarnamn']);
    expect(rawKeyPath([{ a: 1 }], [{ a: 1 }], [0, 'a'])).toEqual([0, 'a']);
  });
});
