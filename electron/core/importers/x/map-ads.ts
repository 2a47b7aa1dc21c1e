/**
 * Pure mapping of X's advertising files (reference §5.2): every ad shown or engaged with names
 * the advertiser and the criteria it targeted the person by — the "who used my data, and how"
 * of the Who view. personalization.js lists the interests X inferred and the advertisers whose
 * audiences the account is in.
 */
import type { DeviceRef, EventRecord, ImportRecord, RecordOrigin } from '../../../../shared/records';
import { invalidTime, parseAnyTime } from '../../../../shared/time';
import { asText } from '../common/keys';
import { oneLine } from '../common/text';
import { obj, objects, origin, str, subOrigin, unwrap, type Obj, type XItem } from './map-util';

const URL_RE = /^https?:\/\/\S+$/i;

/** `impressionTime` / `engagementTime`: `YYYY-MM-DD HH:MM:SS` (UTC) [H], ISO tolerated. */
function adTime(text: string | undefined): EventRecord['time'] {
  return text === undefined ? invalidTime('', 'second') : parseAnyTime(text);
}

/** "Locations: Germany", "Age: 25 to 34", one per matched criterion. */
function targeting(impression: Obj): string[] {
  return objects(impression.matchedTargetingCriteria).map((c) => {
    const type = str(c, 'targetingType');
    const value = str(c, 'targetingValue');
    return [type, value].filter(Boolean).join(': ');
  }).filter((s) => s !== '');
}

function adUrls(impression: Obj): string[] {
  const promoted = obj(impression.promotedTweetInfo);
  const urls: string[] = [];
  for (const key of ['urls', 'mediaUrls']) {
    const list = promoted?.[key];
    if (!Array.isArray(list)) continue;
    for (const u of list) {
      const text = asText(u);
      if (text !== undefined && URL_RE.test(text.trim())) urls.push(text.trim());
    }
  }
  return urls;
}

function adDevice(impression: Obj): DeviceRef | undefined {
  const info = obj(impression.deviceInfo);
  const system = str(info, 'osType');
  const model = str(info, 'deviceType');
  const id = str(info, 'deviceId');
  if (!system && !model && !id) return undefined;
  const device: DeviceRef = {};
  if (model) device.model = model;
  if (system) device.system = system;
  if (id) device.identifiers = { 'X ad device ID': id };
  return device;
}

/** The parts an impression and an engagement share: advertiser, targeting, promoted text, URLs, device. */
function adEvent(kind: 'ad_impression' | 'ad_click', impression: Obj, time: EventRecord['time'], verb: string, at: RecordOrigin, extra: string[] = []): EventRecord {
  const advertiser = obj(impression.advertiserInfo);
  const name = str(advertiser, 'advertiserName');
  const handle = str(advertiser, 'screenName');
  const where = str(impression, 'displayLocation');
  const criteria = targeting(impression);
  const promoted = str(obj(impression.promotedTweetInfo), 'tweetText');
  const trend = obj(impression.promotedTrendInfo);
  const publisher = obj(impression.publisherInfo);
  const event: EventRecord = {
    type: 'event', kind, time,
    title: oneLine(`${verb} ${name ?? handle ?? 'an advertiser'}${where ? ` (${where})` : ''}`), ...at,
  };
  const text = [
    ...extra,
    criteria.length > 0 ? `Targeted by: ${criteria.join('; ')}` : undefined,
    handle && `Advertiser account: ${handle}`,
    promoted && `Ad text: ${promoted}`,
    str(trend, 'name') && `Promoted trend: ${[str(trend, 'name'), str(trend, 'description')].filter(Boolean).join(' — ')}`,
    publisher && `Shown by: ${[str(publisher, 'publisherName'), str(publisher, 'screenName')].filter(Boolean).join(' ')}`,
  ].filter(Boolean).join('\n');
  if (text) event.text = text;
  if (name ?? handle) event.advertiser = name ?? handle;
  const urls = adUrls(impression);
  if (urls.length > 0) event.urls = urls;
  const device = adDevice(impression);
  if (device) event.device = device;
  return event;
}

/** ad-impressions.js, one `impressions[i]` → an ad_impression event. */
export function mapAdImpression(item: XItem, member: string): ImportRecord[] | null {
  const impression = obj(item.value);
  if (!impression) return null;
  return [adEvent('ad_impression', impression, adTime(str(impression, 'impressionTime')), 'Ad from', origin(member, item))];
}

/**
 * ad-engagements.js, one `engagements[i]` `{impressionAttributes, engagementAttributes[{engagementTime,
 * engagementType}]}` → one ad_click event at its first engagement (all engagements in the text).
 */
export function mapAdEngagement(item: XItem, member: string): ImportRecord[] | null {
  const engagement = obj(item.value);
  const impression = obj(engagement?.impressionAttributes);
  if (!engagement || !impression) return null;
  const actions = objects(engagement.engagementAttributes)
    .map((a) => ({ time: str(a, 'engagementTime'), type: str(a, 'engagementType') }))
    .sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
  const first = actions.find((a) => a.time !== undefined)?.time ?? str(impression, 'impressionTime');
  const lines = actions.map((a) => `${a.type ?? 'Engagement'}${a.time ? ` at ${a.time}` : ''}`);
  return [adEvent('ad_click', impression, adTime(first), 'Engaged with an ad from', origin(member, item), lines.length > 0 ? [`Engagements: ${lines.join('; ')}`] : [])];
}

/** Advertiser lists in `audienceAndAdvertisers`, with what each says about the person. */
const AUDIENCE_LISTS: readonly [string, string][] = [
  ['advertisers', 'you are in an audience of this advertiser'],
  ['lookalikeAdvertisers', 'you are in a look-alike audience of this advertiser'],
  ['doNotReachAdvertisers', 'this advertiser asked not to reach you'],
  ['catalogAudienceAdvertisers', 'you are in a product-catalogue audience of this advertiser'],
];

/**
 * ad-*-conversions-*.js, one `conversions[i]` `{eventType?, conversionPlatform, conversionUrl,
 * advertiserInfo, conversionValue, conversionTime}` → an off-platform event: an advertiser told X
 * what the person did on its site or app.
 */
export function mapAdConversion(item: XItem, member: string): ImportRecord[] | null {
  const c = obj(item.value);
  if (!c) return null;
  const advertiser = obj(c.advertiserInfo);
  const name = str(advertiser, 'advertiserName') ?? str(advertiser, 'screenName');
  const what = str(c, 'eventType') ?? str(c, 'conversionEventName') ?? 'conversion';
  const url = str(c, 'conversionUrl');
  const event: EventRecord = {
    type: 'event', kind: 'off_platform', time: adTime(str(c, 'conversionTime')),
    title: oneLine(`${name ?? 'An advertiser'} reported: ${what}`), offPlatform: { source: name ?? 'unknown advertiser', event: what },
    ...origin(member, item),
  };
  if (name) event.advertiser = name;
  if (url && URL_RE.test(url.trim())) event.urls = [url.trim()];
  const text = [
    str(c, 'conversionPlatform') && `Platform: ${str(c, 'conversionPlatform')}`,
    str(c, 'applicationName') && `App: ${str(c, 'applicationName')}`,
    str(c, 'conversionValue') && `Value: ${str(c, 'conversionValue')}`,
    str(advertiser, 'screenName') && `Advertiser account: ${str(advertiser, 'screenName')}`,
  ].filter(Boolean).join('\n');
  if (text) event.text = text;
  return [event];
}

/**
 * personalization.js `{p13nData: {demographics{languages[], genderInfo}, interests{interests[],
 * partnerInterests[], audienceAndAdvertisers{advertisers[], lookalikeAdvertisers[]}},
 * inferredAgeInfo}}` → ad_interest, advertiser and profile facts, each pointing at its own
 * entry. `audienceAndAdvertisers`, `genderInfo`, `inferredAgeInfo` are [L].
 */
export function mapPersonalization(item: XItem, member: string): ImportRecord[] | null {
  const data = unwrap(item.value, 'p13nData');
  if (!data) return null;
  const base = obj(obj(item.value)?.p13nData) ? ['p13nData'] : [];
  const records: ImportRecord[] = [];
  const interests = obj(data.interests);
  const demographics = obj(data.demographics);

  objects(interests?.interests).forEach((interest, i) => {
    const name = str(interest, 'name');
    if (name === undefined) return;
    const details: Record<string, string> = {};
    if (interest.isDisabled === true) details.Disabled = 'yes';
    records.push({ type: 'fact', fact: 'ad_interest', name, details, ...subOrigin(member, item, [...base, 'interests', 'interests', i], interest) });
  });
  const partner = interests?.partnerInterests;
  if (Array.isArray(partner)) {
    partner.forEach((p, i) => {
      const name = asText(p) ?? str(obj(p), 'name');
      if (name !== undefined) {
        records.push({
          type: 'fact', fact: 'ad_interest', name, details: { Source: 'partner' },
          ...subOrigin(member, item, [...base, 'interests', 'partnerInterests', i], p),
        });
      }
    });
  }
  const audiences = obj(interests?.audienceAndAdvertisers);
  for (const [key, relation] of AUDIENCE_LISTS) {
    const list = audiences?.[key];
    if (!Array.isArray(list)) continue;
    list.forEach((a, i) => {
      const name = asText(a);
      if (name === undefined) return;
      records.push({
        type: 'fact', fact: 'advertiser', name,
        details: { Relation: relation },
        ...subOrigin(member, item, [...base, 'interests', 'audienceAndAdvertisers', key, i], a),
      });
    });
  }
  const shows = interests?.shows;
  if (Array.isArray(shows)) {
    shows.forEach((show, i) => {
      const name = asText(show);
      if (name !== undefined) {
        records.push({ type: 'fact', fact: 'ad_interest', name, details: { Source: 'shows' }, ...subOrigin(member, item, [...base, 'interests', 'shows', i], show) });
      }
    });
  }
  // Places X inferred the account to be in (2018: "City, Region, Country" texts).
  if (Array.isArray(data.locationHistory)) {
    data.locationHistory.forEach((place, i) => {
      const value = asText(place);
      if (value !== undefined) {
        records.push({ type: 'fact', fact: 'profile', name: 'Inferred location', value, ...subOrigin(member, item, [...base, 'locationHistory', i], place) });
      }
    });
  }
  objects(demographics?.languages).forEach((l, i) => {
    const language = str(l, 'language');
    if (language !== undefined) {
      records.push({ type: 'fact', fact: 'profile', name: 'Inferred language', value: language, ...subOrigin(member, item, [...base, 'demographics', 'languages', i], l) });
    }
  });
  const gender = str(obj(demographics?.genderInfo), 'gender');
  if (gender !== undefined) {
    records.push({ type: 'fact', fact: 'profile', name: 'Inferred gender', value: gender, ...subOrigin(member, item, [...base, 'demographics', 'genderInfo'], demographics?.genderInfo) });
  }
  const age = obj(data.inferredAgeInfo);
  const ages = Array.isArray(age?.age) ? age.age.map(asText).filter((a): a is string => a !== undefined) : [];
  if (ages.length > 0) {
    records.push({ type: 'fact', fact: 'profile', name: 'Inferred age', value: ages.join(', '), ...subOrigin(member, item, [...base, 'inferredAgeInfo'], age) });
  }
  return records;
}
