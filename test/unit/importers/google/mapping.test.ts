/**
 * The pure mappers on single items: My Activity kinds in three languages, the address inside a
 * detail line, coordinates in the shapes Google writes them.
 */
import { describe, expect, it } from 'vitest';
import { findIp } from '../../../../electron/core/importers/common/ip';
import { fromE7, fromMapsUrl, fromPairText } from '../../../../electron/core/importers/google/geo';
import { activityKind, mapActivity } from '../../../../electron/core/importers/google/my-activity';

const origin = { member: 'My Activity/Search/MyActivity.json', pointer: '/0', raw: null };

describe('activityKind', () => {
  it.each([
    [{ title: 'Watched Lofoten in winter', products: ['YouTube'] }, 'watch'],
    [{ title: '„Lofoten im Winter“ angesehen', products: ['YouTube'] }, 'watch'],
    [{ title: 'Vous avez regardé Lofoten en hiver', products: ['YouTube'] }, 'watch'],
    [{ title: 'Searched for berlin cafes', products: ['Search'] }, 'search'],
    [{ title: 'Vous avez recherché cafés berlin', products: ['Recherche'] }, 'search'],
    [{ title: 'Watched An advert', details: [{ name: 'From Google Ads' }] }, 'ad_impression'],
    [{ title: 'Anzeige angesehen', details: [{ name: 'Von Google Ads' }] }, 'ad_impression'],
    [{ title: 'Visited example.com', products: ['Search'] }, 'other'],
  ])('%j → %s', (item, kind) => {
    expect(activityKind(item)).toBe(kind);
  });
});

describe('mapActivity', () => {
  it('takes the IP from a detail line, the place from locationInfos, every URL', () => {
    const record = mapActivity({
      header: 'Search', title: 'Searched for fika', titleUrl: 'https://www.google.com/search?q=fika', time: '2024-03-01T10:20:30.123Z',
      products: ['Search'], details: [{ name: "Depuis l'adresse IP 2a02:8108:1c0:9e00::5e21" }],
      locationInfos: [{ name: 'At this general area', url: 'https://www.google.com/maps/@?api=1&map_action=map&center=59.329323%2C18.068581&zoom=12', source: 'From your device' }],
    }, origin);
    expect(record).toMatchObject({
      type: 'event', kind: 'search', title: 'Search: Searched for fika', ip: '2a02:8108:1c0:9e00::5e21',
      time: { utc: '2024-03-01T10:20:30.123Z', precision: 'ms' }, geo: { lat: 59.329323, lon: 18.068581 },
      urls: ['https://www.google.com/search?q=fika', 'https://www.google.com/maps/@?api=1&map_action=map&center=59.329323%2C18.068581&zoom=12'],
    });
    expect(record?.text).toContain('At this general area · From your device');
  });

  it('an item that is not an object gives nothing', () => {
    expect(mapActivity('text', origin)).toBeUndefined();
  });
});

describe('findIp', () => {
  it.each([
    ['From IP address 203.0.113.9', '203.0.113.9'],
    ['Von der IP-Adresse 84.157.23.41.', '84.157.23.41'],
    ["Depuis l'adresse IP 2001:db8::1", '2001:db8::1'],
    ['From IP address 2003:e5:af3a:d100:6c2e:91ff:fe0b:44a7', '2003:e5:af3a:d100:6c2e:91ff:fe0b:44a7'],
    ['App Version : 6.0.240512 at 10:20:30', undefined],
    ['999.1.1.1 is not an address', undefined],
  ])('%s → %s', (text, ip) => {
    expect(findIp(text)).toBe(ip);
  });
});

describe('coordinates', () => {
  it('E7 integers, including old files\' unsigned negatives', () => {
    expect(fromE7(525200000, 134050000)).toEqual({ lat: 52.52, lon: 13.405 });
    expect(fromE7(4294967296 - 338688000, 4294967296 - 705000000)).toEqual({ lat: -33.8688, lon: -70.5 });
    expect(fromE7('x', 1)).toBeUndefined();
  });

  it('`geo:` and degree strings, Maps links', () => {
    expect(fromPairText('geo:52.520000,13.405000')).toEqual({ lat: 52.52, lon: 13.405 });
    expect(fromPairText('52.5200000°, 13.4050000°')).toEqual({ lat: 52.52, lon: 13.405 });
    expect(fromMapsUrl('https://www.google.com/maps/@52.5,13.4,15z')).toEqual({ lat: 52.5, lon: 13.4 });
    expect(fromMapsUrl('https://www.google.com/maps/place/Somewhere')).toBeUndefined();
  });
});
