/**
 * The TikTok export, declared. One row per section: where it lives in the JSON export (every
 * known key path, 2022 → 2026), which TXT files hold it (English 2020/2023+ and Dutch names),
 * the item keys per meaning (aliases), and how an item becomes an event or a fact.
 *
 * Format drift is a data change here, with a test; the streaming and mapping code never names
 * a TikTok key. Sources: reference/export-formats.md §1 (confidence tags repeated where [L]).
 * Keys are matched case-, space-, underscore- and hyphen-insensitively (keys.ts), so only real
 * renames need an alias.
 */
import type { EventKind } from '../../../../shared/domain';
import type { FactKind } from '../../../../shared/records';

/** What an item field means. Each role lists the key spellings seen across versions. */
export type Role =
  | 'time' | 'url' | 'ip' | 'deviceModel' | 'deviceSystem' | 'networkType' | 'carrier'
  | 'counterpart' | 'from' | 'text' | 'method' | 'source' | 'event' | 'region' | 'gps' | 'shop' | 'status';

export type FieldAliases = Partial<Record<Role, readonly string[]>>;

export type Mapping =
  /** One timeline event per item. `title`: templates with `{role}` holes; the first whose holes all fill wins. */
  | {
      type: 'event';
      kind: EventKind;
      title: readonly string[];
      /** Also collect URLs written inside the text (DMs: links people pasted). */
      urlsInText?: boolean;
      /** Fill offPlatform {source, event} from the source/event roles. */
      offPlatform?: boolean;
    }
  /** Status List entry: advertising/device identifiers → one `device` fact. */
  | { type: 'device'; identifiers: Readonly<Record<string, readonly string[]>>; details: Readonly<Record<string, readonly string[]>> }
  /** A flat map of profile fields → one `profile` fact per non-empty field; `urlFields` carry CDN URLs. */
  | { type: 'profile'; urlFields: readonly string[] }
  /** A string holding many names → one fact per name (see splitNameList in map-record.ts). */
  | { type: 'names'; fact: FactKind }
  /** Known, deliberately not turned into records; the reason shows in coverage. */
  | { type: 'ignore'; reason: string };

/**
 * How the JSON value at `Top > Section > ListKey` is laid out:
 * - `records`: a list of items, or an object of items keyed by id (`WatchLiveMap`, `OrderHistories`),
 *   or one item written as an object of scalars (`LocationData`);
 * - `fields`: one object whose every field is a record (`ProfileMap`);
 * - `chats`: an object keyed `"Chat History with <username>:"`, each a list of messages;
 * - `text`: one string (`AdInterestCategories`).
 */
export type Shape = 'records' | 'fields' | 'chats' | 'text';

export type JsonPath = readonly [top: string, section: string, list: string];

/** Item keys a section knows and deliberately does not turn into record fields, with why. */
export interface SkippedKeys {
  keys: readonly string[];
  reason: string;
}

/** A list inside each item whose entries are records of another section (LIVE comments in a watched LIVE). */
export interface NestedList {
  keys: readonly string[];
  /** The `id` of the spec row that maps each entry. */
  section: string;
}

export interface SectionSpec {
  id: string;
  /** Human label, used in coverage and problems. */
  label: string;
  shape: Shape;
  /** Alternative key paths in user_data*.json, oldest first. */
  json: readonly JsonPath[];
  /** TXT file names (basename), English and localised. */
  txt: readonly string[];
  /** TXT only: a line that opens a group of records and names the counterpart ([L], chats). */
  txtGroupHeader?: RegExp;
  fields: FieldAliases;
  map: Mapping;
  /** Known item keys not mapped on purpose; every other key holding data is reported as unread. */
  skip?: readonly SkippedKeys[];
  /** Lists inside an item that hold records of another section. */
  nested?: readonly NestedList[];
}

/**
 * Keys that sit beside a section's list (`Like List > App`, `Follower > IsFastLane`) and describe
 * the section rather than hold records. Consumed for every section, known or not.
 */
export const SECTION_META: SkippedKeys = { keys: ['App', 'IsFastLane'], reason: 'the app id and a delivery flag of the section, not records' };

const DATE = ['Date', 'Datum', 'Time', 'Tijd'] as const;
const VIDEO_LINK = ['VideoLink', 'Link', 'Video Link', 'URL'] as const;
const USER = ['UserName', 'Username', 'User Name', 'Gebruikersnaam'] as const;
/** Post keys that are settings, counters, the sound's name or accessibility texts: not access, place or time data. */
const POST_SETTINGS: SkippedKeys = {
  keys: [
    'Likes', 'Like(s)', 'WhoCanView', 'AllowComments', 'AllowStitches', 'AllowDuets', 'AllowStickers', 'AllowSharingToStory',
    'ContentDisclosure', 'AIGeneratedContent', 'Sound', 'AddYoursText', 'AlternateText',
  ],
  reason: 'post settings, like count, sound name and accessibility texts',
};

export const SECTIONS: readonly SectionSpec[] = [
  // ---------------------------------------------------------------- access
  {
    id: 'login-history', label: 'Login History', shape: 'records',
    json: [['Activity', 'Login History', 'LoginHistoryList'], ['Your Activity', 'Login History', 'LoginHistoryList']],
    txt: ['Login History.txt', 'Inloggeschiedenis.txt'],
    fields: {
      time: DATE,
      ip: ['IP', 'IP Address', 'IP-adres'],
      deviceModel: ['DeviceModel', 'Apparaatmodel'],
      deviceSystem: ['DeviceSystem', 'Apparaatsysteem'],
      networkType: ['NetworkType', 'Netwerktype'],
      carrier: ['Carrier', 'Provider'],
    },
    map: { type: 'event', kind: 'login', title: ['Login from {deviceModel} ({ip})', 'Login from {ip}', 'Login'] },
  },
  {
    id: 'status', label: 'Status (device identifiers)', shape: 'records',
    json: [['Activity', 'Status', 'Status List'], ['Your Activity', 'Status', 'Status List']],
    txt: ['Status.txt'],
    fields: {},
    map: {
      type: 'device',
      identifiers: {
        IDFA: ['IDFA'], GAID: ['GAID'], 'Android ID': ['Android ID', 'AndroidID'], IDFV: ['IDFV'], 'Web ID': ['Web ID', 'WebID'],
        // TikTok's own device id and user id (2025 JSON: `DID` a number string, `UID` a number).
        DID: ['DID', 'Device ID'], UID: ['UID', 'User ID'],
      },
      details: { Resolution: ['Resolution', 'Screen Resolution'], 'App Version': ['App Version'] },
    },
  },
  {
    id: 'location', label: 'Most Recent Location Data', shape: 'records',
    json: [['Your Activity', 'Most Recent Location Data', 'LocationData'], ['Activity', 'Most Recent Location Data', 'LocationData']],
    txt: ['Most Recent Location Data.txt', 'Meest recente locatiegegevens.txt'],
    fields: { time: DATE, region: ['LastRegion', 'Last Region'], gps: ['GpsData', 'GPS Data'] },
    map: { type: 'event', kind: 'location', title: ['Most recent region: {region}', 'Most recent location'] },
  },
  {
    id: 'off-tiktok', label: 'Off TikTok Activity', shape: 'records',
    json: [
      ['Ads and data', 'Usage Data From Third-Party Apps And Websites', 'UsageDataList'],
      ['Ads and data', 'Off TikTok Activity', 'OffTikTokActivityDataList'],
    ],
    txt: ['Off TikTok Activity.txt', 'Activiteit buiten TikTok.txt'],
    fields: { time: ['TimeStamp', 'Time Stamp', ...DATE], source: ['Source', 'Bron'], event: ['Event', 'Gebeurtenis'] },
    map: { type: 'event', kind: 'off_platform', title: ['{source}: {event}', '{source}', 'Off-TikTok activity'], offPlatform: true },
  },
  {
    id: 'ad-interests', label: 'Ad Interests', shape: 'text',
    json: [['Ads and data', 'Ad Interests', 'AdInterestCategories']],
    txt: ['Ad Interests.txt', 'Advertentie-interesses.txt'],
    fields: {},
    map: { type: 'names', fact: 'ad_interest' },
  },
  {
    id: 'advertisers', label: 'Advertisers using data from partners', shape: 'text',
    json: [['Ads and data', 'Ads Based On Data Received From Partners', 'AdvertiserList']],
    txt: [],
    fields: {},
    map: { type: 'names', fact: 'advertiser' },
  },
  {
    id: 'data-partners', label: 'Data partners', shape: 'text',
    json: [['Ads and data', 'Ads Based On Data Received From Partners', 'DataPartnerList']],
    txt: [],
    fields: {},
    map: { type: 'names', fact: 'data_partner' },
  },
  {
    id: 'ads-visits', label: 'Ads Visit History', shape: 'records', // [L] one fork's key names
    json: [['Your Activity', 'Ads Visit History', 'AdsVisitHistoryList'], ['Activity', 'Ads Visit History', 'AdsVisitHistoryList']],
    txt: ['Ad Link History.txt', 'Ads Link History.txt', 'Geschiedenis van advertentielinks.txt'],
    fields: { time: ['CreateTime', 'Create Time', 'Create Date', 'Aanmaakdatum', ...DATE], url: ['AdLink', 'Ad Link', 'Advertentielink'], text: ['AdTitle', 'Ad Title', 'Advertentietitel'] },
    map: { type: 'event', kind: 'ad_click', title: ['Opened ad “{text}”', 'Opened an ad'] },
  },
  // ---------------------------------------------------------------- viewing and reacting
  {
    id: 'watch-history', label: 'Watch History', shape: 'records',
    json: [['Activity', 'Video Browsing History', 'VideoList'], ['Your Activity', 'Watch History', 'VideoList']],
    txt: ['Video Browsing History.txt', 'Watch History.txt', 'Browsing History.txt', 'Kijkgeschiedenis.txt'],
    fields: { time: DATE, url: VIDEO_LINK },
    map: { type: 'event', kind: 'watch', title: ['Watched a video'] },
  },
  {
    id: 'like-list', label: 'Like List', shape: 'records',
    json: [
      ['Activity', 'Like List', 'ItemFavoriteList'], ['Your Activity', 'Like List', 'ItemFavoriteList'],
      ['Likes and Favorites', 'Like List', 'ItemFavoriteList'],
    ],
    txt: ['Like List.txt', 'Likelijst.txt'],
    fields: { time: DATE, url: VIDEO_LINK },
    map: { type: 'event', kind: 'like', title: ['Liked a video'] },
  },
  {
    id: 'favorite-videos', label: 'Favorite Videos', shape: 'records',
    json: [
      ['Activity', 'Favorite Videos', 'FavoriteVideoList'], ['Your Activity', 'Favorite Videos', 'FavoriteVideoList'],
      ['Likes and Favorites', 'Favorite Videos', 'FavoriteVideoList'],
    ],
    txt: ['Favorite Videos.txt', 'Favourite Videos.txt', "Favoriete video's.txt"],
    fields: { time: DATE, url: VIDEO_LINK },
    map: { type: 'event', kind: 'favorite', title: ['Added a video to favourites'] },
  },
  {
    id: 'favorite-sounds', label: 'Favorite Sounds', shape: 'records',
    json: [
      ['Activity', 'Favorite Sounds', 'FavoriteSoundList'], ['Your Activity', 'Favorite Sounds', 'FavoriteSoundList'],
      ['Likes and Favorites', 'Favorite Sounds', 'FavoriteSoundList'],
    ],
    txt: ['Favorite Sounds.txt', 'Favourite Sounds.txt', 'Favoriete geluiden.txt'],
    fields: { time: DATE, url: ['Link', 'Sound Link', 'SoundLink', 'Music Link'] },
    map: { type: 'event', kind: 'favorite', title: ['Added a sound to favourites'] },
  },
  {
    id: 'favorite-hashtags', label: 'Favorite Hashtags', shape: 'records',
    json: [
      ['Activity', 'Favorite Hashtags', 'FavoriteHashtagList'], ['Your Activity', 'Favorite Hashtags', 'FavoriteHashtagList'],
      ['Likes and Favorites', 'Favorite Hashtags', 'FavoriteHashtagList'],
    ],
    txt: ['Favorite HashTags.txt', 'Favorite Hashtags.txt', 'Favourite Hashtags.txt', 'Favoriete hashtags.txt'],
    fields: { time: DATE, url: ['Link', 'HashTag Link', 'HashtagLink'] },
    map: { type: 'event', kind: 'favorite', title: ['Added a hashtag to favourites'] },
  },
  {
    id: 'favorite-effects', label: 'Favorite Effects', shape: 'records',
    json: [
      ['Activity', 'Favorite Effects', 'FavoriteEffectsList'], ['Your Activity', 'Favorite Effects', 'FavoriteEffectsList'],
      ['Likes and Favorites', 'Favorite Effects', 'FavoriteEffectsList'],
    ],
    txt: ['Favorite Effects.txt', 'Favourite Effects.txt', 'Favoriete effecten.txt'],
    fields: { time: DATE, url: ['EffectLink', 'Effect Link', 'Link'] },
    map: { type: 'event', kind: 'favorite', title: ['Added an effect to favourites'] },
  },
  {
    id: 'searches', label: 'Searches', shape: 'records',
    json: [['Activity', 'Search History', 'SearchList'], ['Your Activity', 'Searches', 'SearchList'], ['Your Activity', 'Search History', 'SearchList']],
    txt: ['Searches.txt', 'Search History.txt', 'Zoekopdrachten.txt'],
    fields: { time: DATE, text: ['SearchTerm', 'Search Term', 'Zoekterm'] },
    map: { type: 'event', kind: 'search', title: ['Searched for “{text}”', 'Searched'] },
  },
  {
    id: 'share-history', label: 'Share History', shape: 'records',
    json: [['Activity', 'Share History', 'ShareHistoryList'], ['Your Activity', 'Share History', 'ShareHistoryList']],
    txt: ['Share History.txt', 'Geschiedenis delen.txt'],
    fields: {
      time: DATE, url: ['Link'], text: ['SharedContent', 'Shared Content', 'Gedeelde content', 'Gedeelde inhoud'],
      method: ['Method', 'Methode'],
    },
    map: { type: 'event', kind: 'share', title: ['Shared {text} via {method}', 'Shared {text}', 'Shared content'] },
  },
  {
    id: 'watch-live', label: 'Watch Live History', shape: 'records',
    json: [['Tiktok Live', 'Watch Live History', 'WatchLiveMap']], // also matches `TikTok Live` (keys.ts)
    txt: ['Watch Live History.txt', 'Geschiedenis van LIVE bekijken.txt'],
    fields: { time: ['WatchTime', 'Watch Time', ...DATE], url: ['Link'] },
    map: { type: 'event', kind: 'live', title: ['Watched a LIVE'] },
    nested: [{ keys: ['Comments'], section: 'live-comments' }],
  },
  {
    // Entries of `Comments` inside each watched LIVE (2025: CommentTime, CommentContent, RawTime).
    id: 'live-comments', label: 'Comments in watched LIVEs', shape: 'records',
    json: [], txt: [],
    fields: { time: ['CommentTime', 'Comment Time', 'RawTime', ...DATE], text: ['CommentContent', 'Comment Content', 'Comment'] },
    map: { type: 'event', kind: 'comment', title: ['Commented in a LIVE: “{text}”', 'Commented in a LIVE'] },
  },
  {
    id: 'go-live', label: 'Go Live History', shape: 'records',
    json: [['Tiktok Live', 'Go Live History', 'GoLiveList']],
    txt: ['Go Live History.txt', 'Geschiedenis van LIVE gaan.txt'],
    fields: { time: ['LiveStartTime', 'Live Start Time', ...DATE], url: ['CoverUri', 'ReplayUrl', 'Cover Uri', 'Replay Url'], text: ['RoomTitle', 'Room Title'] },
    map: { type: 'event', kind: 'live', title: ['Went LIVE: {text}', 'Went LIVE'] },
  },
  // ---------------------------------------------------------------- own content and people
  {
    id: 'comments', label: 'Comments', shape: 'records',
    json: [['Comment', 'Comments', 'CommentsList'], ['Activity', 'Comments', 'CommentsList']],
    txt: ['Comments.txt', 'Reacties.txt'],
    fields: { time: DATE, text: ['Comment', 'Reactie'], url: ['url', 'photo', 'Foto'] },
    map: { type: 'event', kind: 'comment', title: ['Commented “{text}”', 'Commented'] },
  },
  {
    id: 'posts', label: 'Posts', shape: 'records',
    // `Link` is a direct CDN URL; slideshows put several image URLs in it separated by `\n`.
    json: [['Video', 'Videos', 'VideoList'], ['Post', 'Posts', 'VideoList']],
    txt: ['Videos.txt', 'Posts.txt', 'Post.txt', 'Berichten.txt'],
    fields: { time: DATE, url: [...VIDEO_LINK, 'CoverImage', 'Cover Image'], text: ['Title', 'Titel'] },
    map: { type: 'event', kind: 'post', title: ['Posted “{text}”', 'Posted a video'] },
    // `Location` is left out on purpose: a post's place is data, reported as unread when present.
    skip: [POST_SETTINGS],
  },
  {
    id: 'deleted-posts', label: 'Recently Deleted Posts', shape: 'records',
    json: [['Post', 'Recently Deleted Posts', 'PostList']],
    txt: ['Recently Deleted Posts.txt', 'Onlangs verwijderde berichten.txt'],
    fields: { time: DATE, url: [...VIDEO_LINK, 'CoverImage', 'Cover Image'], text: ['Title', 'Titel'] },
    map: { type: 'event', kind: 'post', title: ['Posted “{text}” (recently deleted)', 'Posted a video (recently deleted)'] },
    skip: [POST_SETTINGS],
  },
  {
    id: 'direct-messages', label: 'Direct Messages', shape: 'chats',
    json: [['Direct Messages', 'Chat History', 'ChatHistory'], ['Direct Message', 'Direct Messages', 'ChatHistory']],
    txt: ['Chat History.txt', 'Direct Messages.txt', 'Directe berichten.txt'],
    txtGroupHeader: /^Chat History with (.+?):?\s*$/i, // [L] non-empty TXT DM layout not observed
    fields: { time: DATE, from: ['From', 'Van'], text: ['Content', 'Inhoud'] },
    map: { type: 'event', kind: 'message', title: ['Message from {from} (chat with {counterpart})', 'Message in chat with {counterpart}'], urlsInText: true },
  },
  {
    id: 'following', label: 'Following', shape: 'records',
    json: [
      ['Activity', 'Following List', 'Following'], ['Your Activity', 'Following', 'Following'],
      ['Profile And Settings', 'Following', 'Following'],
    ],
    txt: ['Following List.txt', 'Following.txt', 'Volgend.txt'],
    fields: { time: DATE, counterpart: USER },
    map: { type: 'event', kind: 'follow', title: ['Followed {counterpart}', 'Followed an account'] },
  },
  {
    id: 'followers', label: 'Followers', shape: 'records',
    json: [
      ['Activity', 'Follower List', 'FansList'], ['Your Activity', 'Follower', 'FansList'],
      ['Profile And Settings', 'Follower', 'FansList'],
    ],
    txt: ['Follower List.txt', 'Follower.txt', 'Volger.txt'],
    fields: { time: DATE, counterpart: USER },
    map: { type: 'event', kind: 'follower', title: ['{counterpart} followed you', 'New follower'] },
  },
  {
    id: 'block-list', label: 'Block List', shape: 'records',
    json: [
      ['App Settings', 'Block', 'BlockList'], ['App Settings', 'Block List', 'BlockList'],
      ['Profile And Settings', 'Block List', 'BlockList'],
    ],
    txt: ['Block List.txt', 'Blokkeringslijst.txt'],
    fields: { time: DATE, counterpart: USER },
    map: { type: 'event', kind: 'block', title: ['Blocked {counterpart}', 'Blocked an account'] },
  },
  {
    id: 'profile', label: 'Profile', shape: 'fields',
    json: [
      ['Profile', 'Profile Information', 'ProfileMap'], ['Profile', 'Profile Info', 'ProfileMap'],
      ['Profile And Settings', 'Profile Info', 'ProfileMap'], ['Profile And Settings', 'Profile Information', 'ProfileMap'],
    ],
    txt: ['Profile Information.txt', 'Profile Info.txt', 'Profielinformatie.txt'],
    fields: {},
    map: { type: 'profile', urlFields: ['profilePhoto', 'profileVideo', 'Profile Photo', 'Profile Video', 'Profielfoto', 'aiSelf'] },
  },
  // ---------------------------------------------------------------- shop
  {
    id: 'orders', label: 'Order History', shape: 'records', // [M] object keyed by order id
    json: [['TikTok Shop', 'Order History', 'OrderHistories'], ['Tiktok Shopping', 'Order History', 'OrderHistories']],
    txt: ['Order History.txt', 'Bestelgeschiedenis.txt'],
    fields: { time: ['order_date', 'Order date', 'Besteldatum', ...DATE], text: ['shop_name', 'Shop Name'], status: ['order_status', 'Order status', 'Bestelstatus'] },
    map: { type: 'event', kind: 'purchase', title: ['Order from {text} ({status})', 'Order ({status})', 'Order'] },
    skip: [{ keys: ['Products', 'total_price', 'Total Price'], reason: 'what was bought and its price: the order event carries shop, status and date' }],
  },
  {
    id: 'product-browsing', label: 'Product Browsing History', shape: 'records',
    json: [['TikTok Shop', 'Product Browsing History', 'ProductBrowsingHistories']],
    txt: ['Product Browsing History.txt', 'Geschiedenis van bladeren door producten.txt'],
    fields: { time: ['browsing_date', 'Browsing Date', ...DATE], text: ['product_name', 'Product Name'], shop: ['shop_name', 'Shop Name'] },
    map: { type: 'event', kind: 'other', title: ['Viewed product “{text}” from {shop}', 'Viewed product “{text}”', 'Viewed a product'] },
  },
  // ---------------------------------------------------------------- known, not analysed
  {
    id: 'settings', label: 'Settings', shape: 'fields',
    json: [['App Settings', 'Settings', 'SettingsMap'], ['Profile And Settings', 'Settings', 'SettingsMap']],
    txt: ['Settings.txt', 'Instellingen.txt'],
    fields: {},
    map: { type: 'ignore', reason: 'app settings: no access, location or timeline data' },
  },
  {
    id: 'live-settings', label: 'LIVE settings', shape: 'fields',
    json: [
      ['Tiktok Live', 'Go Live Settings', 'SettingsMap'], ['Tiktok Live', 'Watch Live Settings', 'WatchLiveSettingsMap'],
      ['Tiktok Live', 'Watch Live Settings', 'MostRecentModificationTimeInApp'], ['Tiktok Live', 'Watch Live Settings', 'MostRecentModificationTimeInWeb'],
    ],
    txt: [],
    fields: {},
    map: { type: 'ignore', reason: 'LIVE settings: no access, location or timeline data' },
  },
  {
    id: 'activity-summary', label: 'Activity Summary', shape: 'fields',
    json: [['Your Activity', 'Activity Summary', 'ActivitySummaryMap'], ['Activity', 'Activity Summary', 'ActivitySummaryMap']],
    txt: ['Activity Summary.txt', 'Samenvatting van activiteit.txt'],
    fields: {},
    map: { type: 'ignore', reason: 'totals since registration, no individual records' },
  },
  {
    id: 'hashtags', label: 'Hashtags used', shape: 'records',
    json: [['Activity', 'Hashtag', 'HashtagList'], ['Your Activity', 'Hashtag', 'HashtagList']],
    txt: ['Hashtag.txt'],
    fields: {},
    map: { type: 'ignore', reason: 'hashtag names without dates' },
  },
  {
    id: 'purchases-2020', label: 'Purchase History / Gifts', shape: 'records',
    json: [],
    txt: ['Purchase History.txt', 'Gifts.txt'],
    fields: {},
    map: { type: 'ignore', reason: 'layout of non-empty files not documented [L]' },
  },
];

/**
 * Top-level keys of a TikTok JSON export (reference §1.1, all generations). A file whose top level
 * has none of these is not a TikTok export. Sections below them that no spec row covers are
 * reported as "seen, not parsed".
 */
export const KNOWN_TOP_LEVEL: readonly string[] = [
  'Activity', 'Your Activity', 'Likes and Favorites', 'Profile And Settings', 'Ads and data', 'App Settings',
  'Comment', 'Direct Messages', 'Direct Message', 'Profile', 'Video', 'Post', 'Tiktok Shopping', 'TikTok Shop',
  'Tiktok Live', 'Income Plus Wallet Transactions', 'Income+ Wallet', 'Location Review',
];
