/**
 * The X archive, declared in the common spec format (common/spec-format.ts). This is the source
 * the X reader consumes (compile.ts turns it into the rows readers.ts runs): which `data/*.js`
 * files are read (`<name>.js`, `<name>-part<N>.js`, in a `data` folder or at the archive's root),
 * where their records sit in the array after the `window.YTD.<name>.part<N> =` preface (the
 * selectors), what a record becomes and which mapper makes it (`record.mapperId`, resolved in
 * readers.ts MAPPERS), the keys known and not mapped (`consumed`, with why in the trees below;
 * `$.…` paths are keys of the containers around deep records, around-keys.ts), and the files known
 * and deliberately not read, with why. What X needs beyond the format (the wrapper key of each
 * item, the keys the mapper reads, which selectors are context, what a complete archive holds) is
 * keyed by member id in rules.ts. Sources: reference/export-formats.md §5 (tags repeated where
 * [M]/[L]). Layout-specific code: preface.ts, around-keys.ts, manifest.ts.
 */
import type { KeyTree } from '../common/key-tree';
import { escapeRegExp } from '../common/paths';
import { consumedOf, type MemberSpec, type PlatformSpec, type RecordSpec } from '../common/spec-format';

/** The mappers of readers.ts (MAPPERS), by id. */
export type XMapperId =
  | 'ipAudit' | 'accountCreationIp' | 'connectedApp' | 'deviceToken' | 'niDevice' | 'account'
  | 'emailChange' | 'screenNameChange' | 'phoneNumber' | 'timezone'
  | 'adImpression' | 'adEngagement' | 'personalization'
  | 'tweet' | 'deletedTweet' | 'dm' | 'like' | 'keyRegistry' | 'suspension' | 'protectedHistory' | 'adConversion';

const SOURCE = 'reference/export-formats.md §5 (X / Twitter archive)';

export const MANIFEST = 'manifest.js';

/**
 * A data file by its base names: `<name>.js` or `<name>-part<N>.js`, in a folder named `data` or
 * at the top (a zip that held only the `data` folder, which the archive layer stripped; 2018).
 */
const dataFile = (names: readonly string[]): RegExp =>
  new RegExp(`(?:^|(?:^|/)data/)(?:${names.map(escapeRegExp).join('|')})(?:-part\\d+)?\\.js$`, 'i');

/** `manifest.js`, where data files sit (the 2018 layout has none). */
const MANIFEST_FILE = /(?:^|(?:^|\/)data\/)manifest\.js$/i;

/** Epoch digits in text (2018) are read too: `isoTime` (map-access.ts). */
const ISO = ['iso', 'unix-ms'] as const;

/** What each mapper's records are and which keys it reads per format slot (keys inside the item's wrapper). */
const RECORDS: Readonly<Record<XMapperId, Omit<RecordSpec, 'mapper'>>> = {
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

const MAPPER_FILE: Readonly<Partial<Record<XMapperId, string>>> = {
  adImpression: 'map-ads.ts', adEngagement: 'map-ads.ts', adConversion: 'map-ads.ts', personalization: 'map-ads.ts',
  tweet: 'map-content.ts', deletedTweet: 'map-content.ts', dm: 'map-content.ts', like: 'map-content.ts',
};

// ------------------------------------------------------------------ consumed keys, with why

const ACCOUNT_SELF = 'the account itself (its id is read from account.js and the manifest)';
const LAYOUT = 'layout detail (positions, sizes, display text): not analysed';
const COUNTS = 'engagement counters: not analysed';
const IDS = 'an identifier: kept in raw';

const MEDIA: KeyTree = {
  video_info: { variants: { bitrate: LAYOUT, content_type: LAYOUT }, aspect_ratio: LAYOUT, duration_millis: LAYOUT },
  media_url: 'the http twin of media_url_https', expanded_url: 'the post permalink', url: 'the t.co short link', display_url: LAYOUT,
  indices: LAYOUT, sizes: LAYOUT, type: LAYOUT, id: IDS, id_str: IDS, source_status_id: IDS, source_status_id_str: IDS,
  source_user_id: IDS, source_user_id_str: IDS, additional_media_info: LAYOUT, media_key: IDS, ext_alt_text: LAYOUT,
};

const TWEET: KeyTree = {
  entities: {
    urls: { url: 'the t.co short link', display_url: LAYOUT, indices: LAYOUT },
    media: MEDIA, hashtags: 'part of the post text', user_mentions: 'part of the post text', symbols: 'part of the post text',
  },
  extended_entities: { media: MEDIA },
  retweeted: COUNTS, favorited: COUNTS, favorite_count: COUNTS, retweet_count: COUNTS, truncated: LAYOUT, display_text_range: LAYOUT,
  id: IDS, id_str: IDS, in_reply_to_status_id: IDS, in_reply_to_status_id_str: IDS, in_reply_to_user_id: IDS, in_reply_to_user_id_str: IDS,
  lang: 'the detected language: not analysed', possibly_sensitive: 'a content flag: not analysed', scopes: 'audience setting: not analysed',
  community_id: IDS, community_id_str: IDS, edit_info: 'edit history ids: not analysed', deleted_at: 'when it was deleted: kept in raw',
  withheld_copyright: 'a content flag: not analysed', withheld_in_countries: 'a content flag: not analysed',
};

const AD_IMPRESSION: KeyTree = { promotedTweetInfo: { tweetId: IDS }, promotedTrendInfo: { trendId: IDS } };

const DM_MESSAGE: KeyTree = {
  urls: { url: 'the t.co short link', display: LAYOUT },
  reactions: 'reactions to the message: kept in raw', id: IDS, editHistory: 'earlier versions of the message: kept in raw',
};
const DM_EVENT: KeyTree = { participantsSnapshot: 'who was in the conversation: kept in raw', eventId: IDS };

// ------------------------------------------------------------------ members

interface DataFile {
  id: string;
  holds: string;
  /** File base names without `.js` and without a `-part<N>` suffix (`tweets` also reads `tweets-part1.js`). */
  names: readonly string[];
  /**
   * Selectors in the array after the preface: `$.*` every array item; deeper paths reach lists
   * inside one item (an ad item holds thousands of impressions), and values beside the records
   * that the mapper needs (rules.ts `context`).
   */
  items: readonly string[];
  mapperId: XMapperId;
  /** Keys of one record known and not read, with why. */
  consumed?: KeyTree;
  /** Keys of the containers around deep records known and not read, as selectors to the key, with why. */
  around?: Readonly<Record<string, string>>;
}

function data(f: DataFile): MemberSpec<XMapperId> {
  const fn = `map${f.mapperId === 'dm' ? 'DirectMessage' : f.mapperId.charAt(0).toUpperCase() + f.mapperId.slice(1)}`;
  const consumed = [...(f.consumed ? consumedOf(f.consumed) : []), ...Object.keys(f.around ?? {})];
  return {
    id: f.id, holds: f.holds, files: [dataFile(f.names)], status: 'parsed',
    items: { json: { array: f.items } },
    record: { ...RECORDS[f.mapperId], mapper: `x/${MAPPER_FILE[f.mapperId] ?? 'map-access.ts'} ${fn}`, mapperId: f.mapperId },
    ...(consumed.length > 0 ? { consumed } : {}),
    source: SOURCE,
  };
}

function ignored(id: string, names: readonly string[], reason: string): MemberSpec<XMapperId> {
  return { id, holds: names.join(', '), files: [dataFile(names)], status: 'ignored', reason, source: SOURCE };
}

export const X_SPEC: PlatformSpec<XMapperId> = {
  platform: 'x',
  importers: ['x-archive'],
  readers: 'declared',
  members: [
    {
      id: 'manifest', holds: 'the archive manifest: account, generation date, list of files', files: [MANIFEST_FILE], status: 'parsed',
      items: { json: { object: ['$.userInfo', '$.archiveInfo', '$.dataTypes'] } },
      record: { becomes: ['fact:profile'], text: ['userInfo.userName', 'userInfo.displayName'], mapper: 'x/manifest.ts (format year, account id)' },
      source: SOURCE,
    },
    // ---------------------------------------------------------------- account and access [H]
    data({ id: 'account', holds: 'Account', names: ['account'], items: ['$.*'], mapperId: 'account' }),
    data({ id: 'ip-audit', holds: 'Login IP addresses', names: ['ip-audit'], items: ['$.*'], mapperId: 'ipAudit', consumed: { ipAudit: { accountId: ACCOUNT_SELF } } }),
    // No time in the file: the event takes account.js's createdAt [M].
    data({
      id: 'account-creation-ip', holds: 'Account creation IP address', names: ['account-creation-ip'], items: ['$.*'], mapperId: 'accountCreationIp',
      consumed: { accountCreationIp: { accountId: ACCOUNT_SELF } },
    }),
    // 2018 archives: `approvedAtMsec` (epoch ms as text); later: `approvedAt` (ISO).
    data({
      id: 'connected-application', holds: 'Connected apps', names: ['connected-application'], items: ['$.*'], mapperId: 'connectedApp',
      consumed: { connectedApplication: { userId: ACCOUNT_SELF } },
    }),
    data({
      id: 'device-token', holds: 'Device tokens (signed-in apps)', names: ['device-token'], items: ['$.*'], mapperId: 'deviceToken',
      consumed: { deviceToken: { token: 'a secret token: kept in raw only' } },
    }),
    // 2023+: the devices registered for encrypted messages, each with the browser's user agent [H].
    data({
      id: 'key-registry', holds: 'Registered devices (encrypted messages)', names: ['key-registry'],
      items: ['$.*.registeredDevices.deviceMetadataList.*'], mapperId: 'keyRegistry',
      consumed: { registrationToken: 'a secret token: kept in raw only', identityKey: 'public key material: kept in raw only' },
      around: { '$.*.registeredDevices.userId': ACCOUNT_SELF },
    }),
    data({ id: 'ni-devices', holds: 'Messaging and push devices', names: ['ni-devices'], items: ['$.*'], mapperId: 'niDevice' }),
    data({
      id: 'email-address-change', holds: 'E-mail address changes', names: ['email-address-change'], items: ['$.*'], mapperId: 'emailChange',
      consumed: { emailAddressChange: { accountId: ACCOUNT_SELF } },
    }),
    data({
      id: 'screen-name-change', holds: 'Username changes', names: ['screen-name-change'], items: ['$.*'], mapperId: 'screenNameChange',
      consumed: { screenNameChange: { accountId: ACCOUNT_SELF } },
    }),
    data({ id: 'phone-number', holds: 'Phone number', names: ['phone-number'], items: ['$.*'], mapperId: 'phoneNumber' }),
    data({
      id: 'account-timezone', holds: 'Account time zone', names: ['account-timezone'], items: ['$.*'], mapperId: 'timezone',
      consumed: { accountTimezone: { accountId: ACCOUNT_SELF } },
    }),
    data({ id: 'account-suspension', holds: 'Account suspensions', names: ['account-suspension'], items: ['$.*'], mapperId: 'suspension' }),
    data({ id: 'protected-history', holds: 'Protected-posts setting changes', names: ['protected-history'], items: ['$.*'], mapperId: 'protectedHistory' }),
    // ---------------------------------------------------------------- advertising [H]
    data({
      id: 'ad-impressions', holds: 'Ads shown (with targeting)', names: ['ad-impressions'],
      items: ['$.*.ad.adsUserData.adImpressions.impressions.*'], mapperId: 'adImpression', consumed: AD_IMPRESSION,
    }),
    data({
      id: 'ad-engagements', holds: 'Ads engaged with (with targeting)', names: ['ad-engagements'],
      items: ['$.*.ad.adsUserData.adEngagements.engagements.*'], mapperId: 'adEngagement', consumed: { impressionAttributes: AD_IMPRESSION },
    }),
    data({ // [M]
      id: 'personalization', holds: 'Inferred interests and advertiser audiences', names: ['personalization'], items: ['$.*'], mapperId: 'personalization',
      consumed: { p13nData: { interests: { audienceAndAdvertisers: { numAudiences: 'a count of audiences without names: not analysed' } } } },
    }),
    // Purchases and sign-ups on advertisers' sites and apps that X was told about (off-platform tracking).
    data({
      id: 'ad-conversions', holds: 'Conversions on advertisers\' sites and apps',
      names: ['ad-online-conversions-unattributed', 'ad-online-conversions-attributed', 'ad-mobile-conversions-unattributed', 'ad-mobile-conversions-attributed'],
      items: ['$.*.ad.adsUserData.*.conversions.*'], mapperId: 'adConversion',
      consumed: { additionalParameters: 'advertiser-defined parameters: kept in raw' },
    }),
    // ---------------------------------------------------------------- content
    data({ id: 'tweets', holds: 'Posts', names: ['tweets'], items: ['$.*'], mapperId: 'tweet', consumed: { tweet: TWEET } }),
    // Archives before 2022: `tweet.js` / window.YTD.tweet.part0; the oldest items are the tweet itself, unwrapped.
    data({ id: 'tweet', holds: 'Posts (file name before 2022)', names: ['tweet'], items: ['$.*'], mapperId: 'tweet', consumed: { tweet: TWEET } }),
    // Posts in communities are not in tweets.js [H] (2023 layout).
    data({ id: 'community-tweet', holds: 'Posts in communities', names: ['community-tweet'], items: ['$.*'], mapperId: 'tweet', consumed: { tweet: TWEET } }),
    data({ id: 'deleted-tweets', holds: 'Deleted posts', names: ['deleted-tweets'], items: ['$.*'], mapperId: 'deletedTweet', consumed: { tweet: TWEET } }),
    // `direct-message.js` (singular) is the 2018 name [H].
    data({
      id: 'direct-messages', holds: 'Direct messages', names: ['direct-messages', 'direct-message', 'direct-messages-group', 'direct-message-group'],
      items: ['$.*.dmConversation.messages.*', '$.*.dmConversation.conversationId'], mapperId: 'dm',
      consumed: {
        messageCreate: DM_MESSAGE, welcomeMessageCreate: DM_MESSAGE, reactionCreate: DM_EVENT, joinConversation: DM_EVENT,
        participantsJoin: DM_EVENT, participantsLeave: DM_EVENT, conversationNameUpdate: DM_EVENT,
      },
    }),
    // No timestamp in like.js [H]: likes become facts, never timeline events.
    data({ id: 'like', holds: 'Liked posts (undated)', names: ['like'], items: ['$.*'], mapperId: 'like' }),
    // ---------------------------------------------------------------- known, not read (coverage "ignored")
    ignored('ignored-0', ['follower', 'following', 'block', 'mute', 'facebook-connection'], 'account lists without dates: not analysed'),
    ignored('ignored-1', ['deleted-tweet-headers', 'tweet-headers', 'note-tweet', 'deleted-note-tweet'], 'post metadata duplicated in the post files: not analysed'),
    ignored('ignored-2', ['community-note', 'community-note-rating', 'community-note-tombstone', 'birdwatch-note', 'birdwatch-note-rating', 'birdwatch-note-tombstone'], 'community notes written or rated: not analysed'),
    ignored('ignored-3', ['direct-message-headers', 'direct-message-group-headers', 'direct-message-mute', 'direct-messages-group-headers'], 'message metadata duplicated in the message files: not analysed'),
    ignored('ignored-4', ['profile', 'verified', 'verified-organization', 'ageinfo', 'periscope-account-information', 'professional-data', 'user-link-clicks'], 'profile details: not analysed'),
    ignored('ignored-5', [
      'lists-created', 'lists-member', 'lists-subscribed', 'moment', 'saved-search', 'contact', 'smartblock', 'reply-prompt', 'shop-module', 'shopify-account',
      'spaces-metadata', 'article', 'article-metadata', 'twitter-article', 'twitter-article-metadata', 'branch-links', 'tweetdeck', 'twitter-circle',
      'twitter-circle-member', 'twitter-circle-tweet', 'twitter-shop', 'grok-chat-item', 'sso', 'app', 'catalog-item', 'commerce-catalog', 'product-drop',
      'product-set', 'audio-video-calls-in-dm', 'audio-video-calls-in-dm-recipient-sessions', 'community-tweet-media', 'expanded-profile', 'mobile', 'niche',
      'periscope-ban-information', 'periscope-broadcast-metadata', 'periscope-comments-made-by-user', 'periscope-expired-broadcasts', 'periscope-followers',
      'periscope-profile-description', 'account-label', 'connected-application-permissions', 'ad-free-article-visits', 'direct-message-mute',
    ], 'not analysed by Whereabouts'),
  ],
};
