import type { KeyTree } from '../common/key-tree';

/**
 * The X/Twitter archive, declared: which `data/*.js` files are read, where their records sit in
 * the array after the `window.YTD.<name>.part<N> =` preface, which wrapper key each item has,
 * and which pure mapper turns a record into events and facts. Files known but not read are
 * listed with why. Sources: reference/export-formats.md §5 (tags repeated where [M]/[L]).
 */

export type XMapper =
  | 'ipAudit' | 'accountCreationIp' | 'connectedApp' | 'deviceToken' | 'niDevice' | 'account'
  | 'emailChange' | 'screenNameChange' | 'phoneNumber' | 'timezone'
  | 'adImpression' | 'adEngagement' | 'personalization'
  | 'tweet' | 'deletedTweet' | 'dm' | 'like' | 'keyRegistry' | 'suspension' | 'protectedHistory' | 'adConversion';

export interface XFileSpec {
  id: string;
  /** File base names without `.js` and without a `-part<N>` suffix (`tweets` also reads `tweets-part1.js`). */
  names: readonly string[];
  label: string;
  /**
   * JSONPath of each record in the array after the preface. `$.*` = every array item; deeper
   * paths reach lists inside one item (an ad item holds thousands of impressions); each array
   * item is then selected too and its other keys checked (around-keys.ts).
   */
  items: readonly string[];
  /** The key each array item wraps its record in (`{"ipAudit": {…}}`); items without it are read as is. */
  wrapper?: string;
  map: XMapper;
  /** Expected in every archive of this layout (coverage: "expected but missing"). */
  expected?: 'always' | 'before-2022' | 'from-2022';
  /**
   * Values beside the records that their mapper needs (a DM's `conversationId`), selected as
   * units of their own, so a mapper never depends on what a half-built container holds. Written
   * before the records in every export seen; each is given to the records of the same array item
   * as `context[<last key>]`.
   */
  context?: readonly string[];
  /**
   * The file carries no time of its own (its events borrow one from another file), so a missing
   * time is not this file's problem.
   */
  borrowsTime?: boolean;
  /**
   * The keys of one record (the value at `items`) that the mapper reads, or consumes with a
   * reason; any other key holding data is reported to the ledger as not read (common/key-tree.ts).
   * Keys of the containers around deep records (`ad.adsUserData`, `dmConversation`) are checked
   * on the array item once its records are cut (around-keys.ts): a key there is read when an
   * `items` or `context` path goes through it, or known when listed in `around`.
   */
  keys: KeyTree;
  /**
   * Keys of the containers around deep records that are known and not read, as JSONPaths to the
   * key, with why (`$.*.registeredDevices.userId`: the account's own id).
   */
  around?: Readonly<Record<string, string>>;
}

export const MANIFEST = 'manifest.js';

// ------------------------------------------------------------------ key trees (what is read)

const ACCOUNT_SELF = 'the account itself (its id is read from account.js and the manifest)';
const LAYOUT = 'layout detail (positions, sizes, display text): not analysed';
const COUNTS = 'engagement counters: not analysed';
const IDS = 'an identifier: kept in raw';

const MEDIA: KeyTree = {
  media_url_https: true, video_info: { variants: { url: true, bitrate: LAYOUT, content_type: LAYOUT }, aspect_ratio: LAYOUT, duration_millis: LAYOUT },
  media_url: 'the http twin of media_url_https', expanded_url: 'the post permalink', url: 'the t.co short link', display_url: LAYOUT,
  indices: LAYOUT, sizes: LAYOUT, type: LAYOUT, id: IDS, id_str: IDS, source_status_id: IDS, source_status_id_str: IDS,
  source_user_id: IDS, source_user_id_str: IDS, additional_media_info: LAYOUT, media_key: IDS, ext_alt_text: LAYOUT,
};

const TWEET: KeyTree = {
  created_at: true, full_text: true, text: true, source: true, in_reply_to_screen_name: true,
  entities: {
    urls: { expanded_url: true, url: 'the t.co short link', display_url: LAYOUT, indices: LAYOUT },
    media: MEDIA, hashtags: 'part of the post text', user_mentions: 'part of the post text', symbols: 'part of the post text',
  },
  extended_entities: { media: MEDIA },
  retweeted: COUNTS, favorited: COUNTS, favorite_count: COUNTS, retweet_count: COUNTS, truncated: LAYOUT, display_text_range: LAYOUT,
  id: IDS, id_str: IDS, in_reply_to_status_id: IDS, in_reply_to_status_id_str: IDS, in_reply_to_user_id: IDS, in_reply_to_user_id_str: IDS,
  lang: 'the detected language: not analysed', possibly_sensitive: 'a content flag: not analysed', scopes: 'audience setting: not analysed',
  community_id: IDS, community_id_str: IDS, edit_info: 'edit history ids: not analysed', deleted_at: 'when it was deleted: kept in raw',
  withheld_copyright: 'a content flag: not analysed', withheld_in_countries: 'a content flag: not analysed',
};

const AD_IMPRESSION: KeyTree = {
  deviceInfo: { osType: true, deviceId: true, deviceType: true }, displayLocation: true,
  promotedTweetInfo: { tweetId: IDS, tweetText: true, urls: true, mediaUrls: true },
  advertiserInfo: { advertiserName: true, screenName: true }, matchedTargetingCriteria: { targetingType: true, targetingValue: true },
  impressionTime: true, publisherInfo: { publisherName: true, screenName: true }, promotedTrendInfo: { trendId: IDS, name: true, description: true },
};

const DM_MESSAGE: KeyTree = {
  recipientId: true, senderId: true, text: true, createdAt: true, mediaUrls: true,
  urls: { url: 'the t.co short link', expanded: true, display: LAYOUT },
  reactions: 'reactions to the message: kept in raw', id: IDS, editHistory: 'earlier versions of the message: kept in raw',
};
const DM_EVENT: KeyTree = {
  initiatingUserId: true, userIds: true, participantsSnapshot: 'who was in the conversation: kept in raw', name: true, createdAt: true,
  senderId: true, reactionKey: true, eventId: IDS,
};

const CHANGE: KeyTree = { changedAt: true, changedTo: true, changedFrom: true };

export const X_FILES: readonly XFileSpec[] = [
  // ---------------------------------------------------------------- account and access [H]
  {
    id: 'account', names: ['account'], label: 'Account', items: ['$.*'], wrapper: 'account', map: 'account', expected: 'always',
    keys: { account: { email: true, createdVia: true, username: true, accountId: true, createdAt: true, accountDisplayName: true, updatedAt: true, timeZone: true } },
  },
  {
    id: 'ip-audit', names: ['ip-audit'], label: 'Login IP addresses', items: ['$.*'], wrapper: 'ipAudit', map: 'ipAudit', expected: 'always',
    keys: { ipAudit: { accountId: ACCOUNT_SELF, createdAt: true, loginIp: true } },
  },
  // No time in the file: the event takes account.js's createdAt [M].
  {
    id: 'account-creation-ip', names: ['account-creation-ip'], label: 'Account creation IP address', items: ['$.*'], wrapper: 'accountCreationIp',
    map: 'accountCreationIp', borrowsTime: true, keys: { accountCreationIp: { accountId: ACCOUNT_SELF, userCreationIp: true } },
  },
  // 2018 archives: `approvedAtMsec` (epoch ms as text); later: `approvedAt` (ISO).
  {
    id: 'connected-application', names: ['connected-application'], label: 'Connected apps', items: ['$.*'], wrapper: 'connectedApplication', map: 'connectedApp', expected: 'always',
    keys: { connectedApplication: {
      organization: { name: true, url: true, privacyPolicyUrl: true, termsAndConditionsUrl: true }, name: true, description: true,
      permissions: true, approvedAt: true, approvedAtMsec: true, id: true, userId: ACCOUNT_SELF,
    } },
  },
  {
    id: 'device-token', names: ['device-token'], label: 'Device tokens (signed-in apps)', items: ['$.*'], wrapper: 'deviceToken', map: 'deviceToken',
    keys: { deviceToken: { clientApplicationId: true, token: 'a secret token: kept in raw only', createdAt: true, lastSeenAt: true, clientApplicationName: true } },
  },
  // 2023+: the devices registered for encrypted messages, each with the browser's user agent [H].
  {
    id: 'key-registry', names: ['key-registry'], label: 'Registered devices (encrypted messages)', items: ['$.*.registeredDevices.deviceMetadataList.*'],
    map: 'keyRegistry', around: { '$.*.registeredDevices.userId': ACCOUNT_SELF }, keys: {
      userAgent: true, createdAt: true, deviceId: true, registrationToken: 'a secret token: kept in raw only',
      identityKey: 'public key material: kept in raw only',
    },
  },
  {
    id: 'ni-devices', names: ['ni-devices'], label: 'Messaging and push devices', items: ['$.*'], wrapper: 'niDeviceResponse', map: 'niDevice',
    keys: { niDeviceResponse: {
      messagingDevice: { phoneNumber: true, carrier: true, deviceType: true, deviceDescription: true, deviceVersion: true, createdDate: true, updatedDate: true },
      pushDevice: { deviceType: true, deviceVersion: true, deviceDescription: true, createdDate: true, updatedDate: true, udid: true, phoneNumber: true, carrier: true },
    } },
  },
  {
    id: 'email-address-change', names: ['email-address-change'], label: 'E-mail address changes', items: ['$.*'], wrapper: 'emailAddressChange', map: 'emailChange',
    keys: { emailAddressChange: { accountId: ACCOUNT_SELF, emailChange: CHANGE } },
  },
  {
    id: 'screen-name-change', names: ['screen-name-change'], label: 'Username changes', items: ['$.*'], wrapper: 'screenNameChange', map: 'screenNameChange',
    keys: { screenNameChange: { accountId: ACCOUNT_SELF, screenNameChange: CHANGE } },
  },
  { id: 'phone-number', names: ['phone-number'], label: 'Phone number', items: ['$.*'], wrapper: 'device', map: 'phoneNumber', keys: { device: { phoneNumber: true } } },
  {
    id: 'account-timezone', names: ['account-timezone'], label: 'Account time zone', items: ['$.*'], wrapper: 'accountTimezone', map: 'timezone',
    keys: { accountTimezone: { accountId: ACCOUNT_SELF, timeZone: true } },
  },
  {
    id: 'account-suspension', names: ['account-suspension'], label: 'Account suspensions', items: ['$.*'], wrapper: 'accountSuspension', map: 'suspension',
    keys: { accountSuspension: { timeStamp: true, action: true } },
  },
  {
    id: 'protected-history', names: ['protected-history'], label: 'Protected-posts setting changes', items: ['$.*'], wrapper: 'protectedHistory', map: 'protectedHistory',
    keys: { protectedHistory: { protectedAt: true, action: true } },
  },
  // ---------------------------------------------------------------- advertising [H]
  {
    id: 'ad-impressions', names: ['ad-impressions'], label: 'Ads shown (with targeting)',
    items: ['$.*.ad.adsUserData.adImpressions.impressions.*'], map: 'adImpression', keys: AD_IMPRESSION,
  },
  {
    id: 'ad-engagements', names: ['ad-engagements'], label: 'Ads engaged with (with targeting)',
    items: ['$.*.ad.adsUserData.adEngagements.engagements.*'], map: 'adEngagement',
    keys: { impressionAttributes: AD_IMPRESSION, engagementAttributes: { engagementTime: true, engagementType: true } },
  },
  {
    id: 'personalization', names: ['personalization'], label: 'Inferred interests and advertiser audiences', items: ['$.*'], wrapper: 'p13nData', map: 'personalization', // [M]
    keys: { p13nData: {
      demographics: { languages: { language: true, isDisabled: true }, genderInfo: { gender: true } },
      interests: {
        interests: { name: true, isDisabled: true }, partnerInterests: true, shows: true,
        audienceAndAdvertisers: {
          advertisers: true, lookalikeAdvertisers: true, doNotReachAdvertisers: true, catalogAudienceAdvertisers: true,
          numAudiences: 'a count of audiences without names: not analysed',
        },
      },
      locationHistory: true, inferredAgeInfo: { age: true, birthDate: true },
    } },
  },
  // Purchases and sign-ups on advertisers' sites and apps that X was told about (off-platform tracking).
  {
    id: 'ad-conversions', names: ['ad-online-conversions-unattributed', 'ad-online-conversions-attributed', 'ad-mobile-conversions-unattributed', 'ad-mobile-conversions-attributed'],
    label: 'Conversions on advertisers\' sites and apps', items: ['$.*.ad.adsUserData.*.conversions.*'], map: 'adConversion',
    keys: {
      eventType: true, conversionPlatform: true, conversionUrl: true, advertiserInfo: { advertiserName: true, screenName: true },
      conversionValue: true, conversionTime: true, additionalParameters: 'advertiser-defined parameters: kept in raw',
      applicationName: true, attributedConversionType: true, mobilePlatform: true, conversionEventName: true,
    },
  },
  // ---------------------------------------------------------------- content
  { id: 'tweets', names: ['tweets'], label: 'Posts', items: ['$.*'], wrapper: 'tweet', map: 'tweet', expected: 'from-2022', keys: { tweet: TWEET } },
  // Archives before 2022: `tweet.js` / window.YTD.tweet.part0; the oldest items are the tweet itself, unwrapped.
  { id: 'tweet', names: ['tweet'], label: 'Posts (file name before 2022)', items: ['$.*'], wrapper: 'tweet', map: 'tweet', expected: 'before-2022', keys: { tweet: TWEET } },
  // Posts in communities are not in tweets.js [H] (2023 layout).
  { id: 'community-tweet', names: ['community-tweet'], label: 'Posts in communities', items: ['$.*'], wrapper: 'tweet', map: 'tweet', keys: { tweet: TWEET } },
  { id: 'deleted-tweets', names: ['deleted-tweets'], label: 'Deleted posts', items: ['$.*'], wrapper: 'tweet', map: 'deletedTweet', keys: { tweet: TWEET } },
  // `direct-message.js` (singular) is the 2018 name [H].
  {
    id: 'direct-messages', names: ['direct-messages', 'direct-message', 'direct-messages-group', 'direct-message-group'], label: 'Direct messages',
    items: ['$.*.dmConversation.messages.*'], map: 'dm', context: ['$.*.dmConversation.conversationId'],
    keys: {
      messageCreate: DM_MESSAGE, welcomeMessageCreate: DM_MESSAGE, reactionCreate: DM_EVENT, joinConversation: DM_EVENT,
      participantsJoin: DM_EVENT, participantsLeave: DM_EVENT, conversationNameUpdate: DM_EVENT,
    },
  },
  // No timestamp in like.js [H]: likes become facts, never timeline events.
  { id: 'like', names: ['like'], label: 'Liked posts (undated)', items: ['$.*'], wrapper: 'like', map: 'like', keys: { like: { tweetId: true, fullText: true, expandedUrl: true } } },
];

/** Data files known and deliberately not read, with why (coverage "ignored"). */
export const X_IGNORED: readonly { names: readonly string[]; reason: string }[] = [
  { names: ['follower', 'following', 'block', 'mute', 'facebook-connection'], reason: 'account lists without dates: not analysed' },
  { names: ['deleted-tweet-headers', 'tweet-headers', 'note-tweet', 'deleted-note-tweet'], reason: 'post metadata duplicated in the post files: not analysed' },
  { names: ['community-note', 'community-note-rating', 'community-note-tombstone', 'birdwatch-note', 'birdwatch-note-rating', 'birdwatch-note-tombstone'], reason: 'community notes written or rated: not analysed' },
  { names: ['direct-message-headers', 'direct-message-group-headers', 'direct-message-mute', 'direct-messages-group-headers'], reason: 'message metadata duplicated in the message files: not analysed' },
  { names: ['profile', 'verified', 'verified-organization', 'ageinfo', 'periscope-account-information', 'professional-data', 'user-link-clicks'], reason: 'profile details: not analysed' },
  { names: ['lists-created', 'lists-member', 'lists-subscribed', 'moment', 'saved-search', 'contact', 'smartblock', 'reply-prompt', 'shop-module', 'shopify-account', 'spaces-metadata', 'article', 'article-metadata', 'twitter-article', 'twitter-article-metadata', 'branch-links', 'tweetdeck', 'twitter-circle', 'twitter-circle-member', 'twitter-circle-tweet', 'twitter-shop', 'grok-chat-item', 'sso', 'app', 'catalog-item', 'commerce-catalog', 'product-drop', 'product-set', 'audio-video-calls-in-dm', 'audio-video-calls-in-dm-recipient-sessions', 'community-tweet-media', 'expanded-profile', 'mobile', 'niche', 'periscope-ban-information', 'periscope-broadcast-metadata', 'periscope-comments-made-by-user', 'periscope-expired-broadcasts', 'periscope-followers', 'periscope-profile-description', 'account-label', 'connected-application-permissions', 'ad-free-article-visits', 'direct-message-mute'], reason: 'not analysed by Whereabouts' },
];

/** Clients X itself makes: a post from any other client names a third-party app [M]. */
export const FIRST_PARTY_CLIENTS: readonly RegExp[] = [
  /^Twitter (for|Web)\b/i, /^X (for|Web)\b/i, /^Twitter Web App$/i, /^Twitter Web Client$/i, /^TweetDeck/i, /^Twitter Media Studio$/i,
  /^Twitter Lite$/i, /^Twitter for Advertisers/i, /^X Pro\b/i, /^Twitter Ads\b/i, /^X Ads\b/i, /^Mobile Web/i, /^m\.twitter\.com$/i,
];
