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
  | 'tweet' | 'deletedTweet' | 'dm' | 'like';

export interface XFileSpec {
  id: string;
  /** File base names without `.js` and without a `-part<N>` suffix (`tweets` also reads `tweets-part1.js`). */
  names: readonly string[];
  label: string;
  /**
   * JSONPath of each record in the array after the preface. `$.*` = every array item; deeper
   * paths reach lists inside one item (an ad item holds thousands of impressions). Paths must
   * not be ancestors of each other (common/json-items.ts).
   */
  items: readonly string[];
  /** The key each array item wraps its record in (`{"ipAudit": {…}}`); items without it are read as is. */
  wrapper?: string;
  map: XMapper;
  /** Expected in every archive of this layout (coverage: "expected but missing"). */
  expected?: 'always' | 'legacy' | 'current';
  /** The DM mapper reads the conversation id from the containers around a message. */
  ancestors?: boolean;
  /**
   * The file carries no time of its own (its events borrow one from another file), so a missing
   * time is not this file's problem.
   */
  borrowsTime?: boolean;
}

export const MANIFEST = 'manifest.js';

export const X_FILES: readonly XFileSpec[] = [
  // ---------------------------------------------------------------- account and access [H]
  { id: 'account', names: ['account'], label: 'Account', items: ['$.*'], wrapper: 'account', map: 'account', expected: 'always' },
  { id: 'ip-audit', names: ['ip-audit'], label: 'Login IP addresses', items: ['$.*'], wrapper: 'ipAudit', map: 'ipAudit', expected: 'always' },
  // No time in the file: the event takes account.js's createdAt [M].
  { id: 'account-creation-ip', names: ['account-creation-ip'], label: 'Account creation IP address', items: ['$.*'], wrapper: 'accountCreationIp', map: 'accountCreationIp', borrowsTime: true },
  { id: 'connected-application', names: ['connected-application'], label: 'Connected apps', items: ['$.*'], wrapper: 'connectedApplication', map: 'connectedApp', expected: 'always' },
  { id: 'device-token', names: ['device-token'], label: 'Device tokens (signed-in apps)', items: ['$.*'], wrapper: 'deviceToken', map: 'deviceToken', expected: 'always' },
  { id: 'ni-devices', names: ['ni-devices'], label: 'Messaging and push devices', items: ['$.*'], wrapper: 'niDeviceResponse', map: 'niDevice' },
  { id: 'email-address-change', names: ['email-address-change'], label: 'E-mail address changes', items: ['$.*'], wrapper: 'emailAddressChange', map: 'emailChange' },
  { id: 'screen-name-change', names: ['screen-name-change'], label: 'Username changes', items: ['$.*'], wrapper: 'screenNameChange', map: 'screenNameChange' },
  { id: 'phone-number', names: ['phone-number'], label: 'Phone number', items: ['$.*'], wrapper: 'device', map: 'phoneNumber' },
  { id: 'account-timezone', names: ['account-timezone'], label: 'Account time zone', items: ['$.*'], wrapper: 'accountTimezone', map: 'timezone' },
  // ---------------------------------------------------------------- advertising [H]
  {
    id: 'ad-impressions', names: ['ad-impressions'], label: 'Ads shown (with targeting)',
    items: ['$.*.ad.adsUserData.adImpressions.impressions.*'], map: 'adImpression',
  },
  {
    id: 'ad-engagements', names: ['ad-engagements'], label: 'Ads engaged with (with targeting)',
    items: ['$.*.ad.adsUserData.adEngagements.engagements.*'], map: 'adEngagement',
  },
  { id: 'personalization', names: ['personalization'], label: 'Inferred interests and advertiser audiences', items: ['$.*'], wrapper: 'p13nData', map: 'personalization' }, // [M]
  // ---------------------------------------------------------------- content
  { id: 'tweets', names: ['tweets'], label: 'Posts', items: ['$.*'], wrapper: 'tweet', map: 'tweet', expected: 'current' },
  // Archives before 2022: `tweet.js` / window.YTD.tweet.part0; the oldest items are the tweet itself, unwrapped.
  { id: 'tweet', names: ['tweet'], label: 'Posts (legacy file name)', items: ['$.*'], wrapper: 'tweet', map: 'tweet', expected: 'legacy' },
  { id: 'deleted-tweets', names: ['deleted-tweets'], label: 'Deleted posts', items: ['$.*'], wrapper: 'tweet', map: 'deletedTweet' },
  {
    id: 'direct-messages', names: ['direct-messages', 'direct-messages-group'], label: 'Direct messages',
    items: ['$.*.dmConversation.messages.*'], map: 'dm', ancestors: true,
  },
  // No timestamp in like.js [H]: likes become facts, never timeline events.
  { id: 'like', names: ['like'], label: 'Liked posts (undated)', items: ['$.*'], wrapper: 'like', map: 'like' },
];

/** Data files known and deliberately not read, with why (coverage "ignored"). */
export const X_IGNORED: readonly { names: readonly string[]; reason: string }[] = [
  { names: ['follower', 'following', 'block', 'mute'], reason: 'account lists without dates: not analysed' },
  { names: ['deleted-tweet-headers', 'tweet-headers', 'note-tweet', 'community-tweet', 'community-note', 'community-note-rating', 'community-note-tombstone'], reason: 'post metadata duplicated in the post files: not analysed' },
  { names: ['direct-message-headers', 'direct-message-group-headers', 'direct-message-mute', 'direct-messages-group-headers'], reason: 'message metadata duplicated in the message files: not analysed' },
  { names: ['profile', 'verified', 'verified-organization', 'ageinfo', 'protected-history', 'periscope-account-information', 'professional-data', 'user-link-clicks'], reason: 'profile details: not analysed' },
  { names: ['lists-created', 'lists-member', 'lists-subscribed', 'moment', 'saved-search', 'contact', 'smartblock', 'reply-prompt', 'shop-module', 'shopify-account', 'spaces-metadata', 'article', 'article-metadata', 'branch-links', 'tweetdeck', 'twitter-circle', 'twitter-circle-member', 'twitter-circle-tweet', 'twitter-shop', 'grok-chat-item', 'key-registry', 'sso', 'app', 'catalog-item', 'commerce-catalog', 'product-drop', 'product-set', 'audio-video-calls-in-dm', 'audio-video-calls-in-dm-recipient-sessions', 'community-tweet-media', 'expanded-profile', 'mobile', 'niche', 'periscope-ban-information', 'periscope-broadcast-metadata', 'periscope-comments-made-by-user', 'periscope-expired-broadcasts', 'periscope-followers', 'periscope-profile-description', 'account-label', 'account-suspension', 'connected-application-permissions'], reason: 'not analysed by Whereabouts' },
];

/** Clients X itself makes: a post from any other client names a third-party app [M]. */
export const FIRST_PARTY_CLIENTS: readonly RegExp[] = [
  /^Twitter (for|Web)\b/i, /^X (for|Web)\b/i, /^Twitter Web App$/i, /^Twitter Web Client$/i, /^TweetDeck/i, /^Twitter Media Studio$/i,
  /^Twitter Lite$/i, /^Twitter for Advertisers/i, /^X Pro\b/i, /^Twitter Ads\b/i, /^X Ads\b/i, /^Mobile Web/i, /^m\.twitter\.com$/i,
];
