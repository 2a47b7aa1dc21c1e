/**
 * The X archive in the common spec format (common/spec-format.ts), built from the file rows of
 * spec.ts (X_FILES, X_IGNORED), which stay the single source for where records are; what each
 * pure mapper reads is stated here per mapper (the keys below are inside the row's wrapper).
 * Layout-specific code: preface.ts (the `window.YTD.<name>.part<N> =` preface before the JSON),
 * around-keys.ts (the containers around deep records), manifest.ts (manifest.js).
 */
import { consumedOf, type MemberSpec, type PlatformSpec, type RecordSpec } from '../common/spec-format';
import { escapeRegExp } from '../common/paths';
import { MANIFEST, X_FILES, X_IGNORED, type XFileSpec, type XMapper } from './spec';

const SOURCE = 'reference/export-formats.md §5 (X / Twitter archive)';

const dataFile = (names: readonly string[]): RegExp =>
  new RegExp(`(?:^|/)(?:${names.map(escapeRegExp).join('|')})(?:-part\\d+)?\\.js$`, 'i');

/** Epoch digits in text (2018) are read too: `isoTime` (map-access.ts). */
const ISO = ['iso', 'unix-ms'] as const;

const RECORDS: Readonly<Record<XMapper, Omit<RecordSpec, 'mapper'>>> = {
  ipAudit: { becomes: ['event:login'], time: { fields: ['createdAt'], format: ISO }, ip: ['loginIp'] },
  accountCreationIp: { becomes: ['event:security'], ip: ['userCreationIp'] }, // its time is account.js createdAt
  connectedApp: { becomes: ['fact:app', 'event:app_authorised'], time: { fields: ['approvedAt', 'approvedAtMsec'], format: ISO }, text: ['name', 'organization.name', 'description'], url: ['organization.url'] },
  deviceToken: { becomes: ['fact:device', 'event:device_seen'], time: { fields: ['lastSeenAt', 'createdAt'], format: ISO }, device: ['clientApplicationName', 'clientApplicationId'] },
  niDevice: { becomes: ['fact:device', 'event:device_seen'], time: { fields: ['createdDate', 'updatedDate'], format: 'text' }, device: ['deviceType', 'deviceDescription', 'deviceVersion', 'carrier'] },
  account: { becomes: ['fact:profile'], time: { fields: ['createdAt'], format: ISO }, text: ['username', 'accountDisplayName'] },
  emailChange: { becomes: ['event:security'], time: { fields: ['emailChange.changedAt'], format: ISO }, text: ['emailChange.changedTo', 'emailChange.changedFrom'] },
  screenNameChange: { becomes: ['event:profile'], time: { fields: ['screenNameChange.changedAt'], format: ISO }, text: ['screenNameChange.changedTo', 'screenNameChange.changedFrom'] },
  phoneNumber: { becomes: ['fact:profile'], text: ['phoneNumber'] },
  timezone: { becomes: ['fact:profile'], text: ['timeZone'] },
  adImpression: {
    becomes: ['event:ad_impression'], time: { fields: ['impressionTime'], format: 'text' },
    text: ['advertiserInfo.advertiserName', 'advertiserInfo.screenName', 'displayLocation'], device: ['deviceInfo.osType', 'deviceInfo.deviceType', 'deviceInfo.deviceId'],
    url: ['promotedTweetInfo.urls', 'promotedTweetInfo.mediaUrls'],
  },
  adEngagement: {
    becomes: ['event:ad_click'], time: { fields: ['engagementAttributes.engagementTime', 'impressionAttributes.impressionTime'], format: 'text' },
    text: ['impressionAttributes.advertiserInfo.advertiserName'], device: ['impressionAttributes.deviceInfo.osType', 'impressionAttributes.deviceInfo.deviceType'],
  },
  adConversion: {
    becomes: ['event:off_platform'], time: { fields: ['conversionTime'], format: 'text' },
    text: ['attributedConversionType.advertiserInfo.advertiserName', 'eventType', 'conversionEventName'], url: ['conversionUrl'],
  },
  personalization: { becomes: ['fact:ad_interest', 'fact:advertiser', 'fact:profile'], text: ['interests.interests.name', 'interests.advertisers', 'demographics.languages.language'] },
  tweet: { becomes: ['event:post'], time: { fields: ['created_at'], format: 'text' }, text: ['full_text', 'text'], url: ['entities.urls.expanded_url', 'entities.media.media_url_https'] },
  deletedTweet: { becomes: ['event:post'], time: { fields: ['created_at'], format: 'text' }, text: ['full_text', 'text'], url: ['entities.urls.expanded_url'] },
  dm: { becomes: ['event:message', 'event:other'], time: { fields: ['messageCreate.createdAt'], format: ISO }, text: ['messageCreate.text'], url: ['messageCreate.urls.expanded'] },
  like: { becomes: ['fact:profile'], text: ['fullText'], url: ['expandedUrl'] },
  keyRegistry: { becomes: ['fact:device', 'event:device_seen'], time: { fields: ['createdAt'], format: ISO }, device: ['userAgent', 'deviceId'] },
  suspension: { becomes: ['event:security'], time: { fields: ['timeStamp'], format: ISO }, text: ['action'] },
  protectedHistory: { becomes: ['event:profile'], time: { fields: ['protectedAt'], format: ISO }, text: ['action'] },
};

const MAPPER_FILE: Readonly<Record<string, string>> = {
  adImpression: 'map-ads.ts', adEngagement: 'map-ads.ts', adConversion: 'map-ads.ts', personalization: 'map-ads.ts',
  tweet: 'map-content.ts', deletedTweet: 'map-content.ts', dm: 'map-content.ts', like: 'map-content.ts',
};

function memberSpec(spec: XFileSpec): MemberSpec {
  const fn = `map${spec.map === 'dm' ? 'DirectMessage' : spec.map.charAt(0).toUpperCase() + spec.map.slice(1)}`;
  return {
    id: spec.id,
    holds: spec.label,
    files: [dataFile(spec.names)],
    status: 'parsed',
    items: { json: { array: [...spec.items, ...(spec.context ?? [])] } },
    record: { ...RECORDS[spec.map], mapper: `x/${MAPPER_FILE[spec.map] ?? 'map-access.ts'} ${fn}` },
    consumed: [...consumedOf(spec.keys), ...Object.keys(spec.around ?? {})],
    source: SOURCE,
  };
}

export const X_SPEC: PlatformSpec = {
  platform: 'x',
  importers: ['x-archive'],
  members: [
    {
      id: 'manifest', holds: 'the archive manifest: account, generation date, list of files', files: [MANIFEST], status: 'parsed',
      items: { json: { object: ['$.userInfo', '$.archiveInfo', '$.dataTypes'] } },
      record: { becomes: ['fact:profile'], text: ['userInfo.userName', 'userInfo.displayName'], mapper: 'x/manifest.ts (format year, account id)' },
      source: SOURCE,
    },
    ...X_FILES.map(memberSpec),
    ...X_IGNORED.map((ignored, i): MemberSpec => ({
      id: `ignored-${i}`, holds: ignored.names.join(', '), files: [dataFile(ignored.names)], status: 'ignored', reason: ignored.reason, source: SOURCE,
    })),
  ],
};
