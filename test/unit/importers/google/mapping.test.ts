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
    [{ title: 'Visited example.com', products: ['Ads'] }, 'ad_click'],
    [{ title: 'Vous avez consulté example.com', products: ['Annonces'] }, 'ad_click'],
    [{ title: 'Searched for shoes', products: ['Ads'] }, 'search'],
    [{ title: 'Used Ads', header: 'vox.com', products: ['Ads'] }, 'ad_impression'],
  ])('%j → %s', (item, kind) => {
    expect(activityKind(item)).toBe(kind);
  });
});

describe('mapActivity', () => {
  it('takes the IP from a detail line, every URL; each locationInfo becomes a location event with its coordinates and source', () => {
    const records = mapActivity({
      header: 'Search', title: 'Searched for fika', titleUrl: 'https://www.google.com/search?q=fika', time: '2024-03-01T10:20:30.123Z',
      products: ['Search'], details: [{ name: "Depuis l'adresse IP 2a02:8108:1c0:9e00::5e21" }],
      locationInfos: [{ name: 'At this general area', url: 'https://www.google.com/maps/@?api=1&map_action=map&center=59.329323%2C18.068581&zoom=12', source: 'From your device' }],
    }, origin);
    expect(records).toHaveLength(2);
    const [activity, place] = records ?? [];
    expect(activity).toMatchObject({
      type: 'event', kind: 'search', title: 'Search: Searched for fika', ip: '2a02:8108:1c0:9e00::5e21',
      time: { utc: '2024-03-01T10:20:30.123Z', precision: 'ms' }, urls: ['https://www.google.com/search?q=fika'],
    });
    expect(activity?.geo).toBeUndefined();
    expect(activity?.text).toContain('At this general area · From your device');
    expect(place).toMatchObject({
      type: 'event', kind: 'location', pointer: '/0/locationInfos/0', time: { utc: '2024-03-01T10:20:30.123Z' },
      title: 'Location: At this general area (From your device)', geo: { lat: 59.329323, lon: 18.068581 },
      urls: ['https://www.google.com/maps/@?api=1&map_action=map&center=59.329323%2C18.068581&zoom=12'],
    });
    expect(place?.text).toContain('Source: From your device');
  });

  it('a place link names the place when it holds no coordinates', () => {
    const [, place] = mapActivity({
      title: 'Searched for fika', time: '2024-03-01T10:20:30Z', products: ['Search'],
      locationInfos: [{ name: 'From your places (Home)', url: 'https://www.google.com/maps/place/Kungsholmen+Stockholm', source: 'From your places' }],
    }, origin) ?? [];
    expect(place).toMatchObject({ kind: 'location', title: 'Location: Kungsholmen Stockholm (From your places)' });
    expect(place?.geo).toBeUndefined();
  });

  it('Ads: clicks, searches and ads shown are told apart; advertisers named; google.com/url redirects unwrapped', () => {
    const ads = (item: Record<string, unknown>) => mapActivity({ products: ['Ads'], time: '2024-03-01T10:20:30Z', ...item }, origin)?.[0];
    const click = ads({ header: 'vox.com', title: 'Visited Why the city changed', titleUrl: 'https://www.google.com/url?q=https://www.vox.com/cities/1&usg=AOvVaw1', details: [{ name: 'From Google Ads' }] });
    expect(click).toMatchObject({ kind: 'ad_click', advertiser: 'vox.com', urls: ['https://www.vox.com/cities/1'] });
    const headerless = ads({ header: 'Ads', title: 'Visited dribbble.com', titleUrl: 'https://www.google.com/url?q=https://dribbble.com/shots&sa=D' });
    expect(headerless).toMatchObject({ kind: 'ad_click', advertiser: 'dribbble.com', urls: ['https://dribbble.com/shots'] });
    const search = ads({ header: 'Ads', title: 'Searched for running shoes', titleUrl: 'https://www.google.com/search?q=running+shoes' });
    expect(search?.kind).toBe('search');
    expect(search?.advertiser).toBeUndefined();
    const shown = ads({ header: 'businessinsider.com', title: 'Used Ads', details: [{ name: 'From Google Ads' }] });
    expect(shown).toMatchObject({ kind: 'ad_impression', advertiser: 'businessinsider.com' });
    const video = ads({ header: 'YouTube', products: ['YouTube'], title: 'Watched Spring sale', titleUrl: 'https://www.youtube.com/watch?v=abc', details: [{ name: 'From Google Ads' }] });
    expect(video?.kind).toBe('ad_impression');
    expect(video?.advertiser).toBeUndefined();
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
