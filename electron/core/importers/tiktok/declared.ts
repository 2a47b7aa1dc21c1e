/**
 * The TikTok export, declared in the common spec format (common/spec-format.ts). This is the
 * source the TikTok readers consume (compile.ts turns it into the rows the mappers run):
 *
 * - one JSON member spec per section of `user_data*.json`: its selectors are the section's key
 *   paths `$.Top.Section.List` (every known path, 2022 → 2026), and their tail says the layout:
 *   `.*` a list of items (or an object of items keyed by id, or one item as an object of scalars,
 *   `LocationData`), `.*.*` groups of items (chats keyed `"Chat History with <user>:"`), none:
 *   the value itself (one object whose every field is a record, `ProfileMap`; or one string of
 *   names, `AdInterestCategories`). Ignored sections state their paths too, so the reader names
 *   them ignored rather than unknown;
 * - one TXT member spec `<id>.txt` per section with TXT files (English 2020/2023+ and Dutch names);
 * - `record`: what an item becomes, the keys read per format slot (time, text, ip, device, url),
 *   and `mapperId`, the mapper of mappers.ts the reader calls;
 * - `consumed`: item keys known and not mapped on purpose (not reported as unread).
 *
 * What TikTok needs beyond the format (title templates, aliases of roles the format has no slot
 * for, device identifier names, chat headers, nested lists) is keyed by the JSON member's id in
 * rules.ts. Format drift is a data change here, with a test; the streaming and mapping code never
 * names a TikTok key. Sources: reference/export-formats.md §1 (confidence tags repeated where [L]).
 * Keys are matched case-, space-, underscore- and hyphen-insensitively (common/keys.ts), so only
 * real renames need an alias.
 */
import type { MemberSpec, PlatformSpec, RecordSpec } from '../common/spec-format';

/** `user_data.json` (to 2023) / `user_data_tiktok.json`, anywhere in the zip (reference §0.1: never by fixed path). */
export const JSON_MEMBER_RE = /(^|\/)user_data(_tiktok)?\.json$/i;

/** The mappers of mappers.ts, by id. */
export type TikTokMapperId = 'event' | 'device' | 'profile' | 'names';

/** For people: where each mapper's code is. */
const MAPPER_CODE: Readonly<Record<TikTokMapperId, string>> = {
  event: 'tiktok/map-record.ts mapItem → mapEvent (title templates of rules.ts, off-platform source/event)',
  device: 'tiktok/map-record.ts mapItem → mapDevice (identifiers and details named in rules.ts)',
  profile: 'tiktok/map-record.ts mapField (one fact per field)',
  names: 'tiktok/map-record.ts mapNames (splitNameList)',
};

const SOURCE = 'reference/export-formats.md §1 (TikTok)';

/** The TXT member of a section: the JSON member's id with this suffix (rules.ts is keyed by the JSON id). */
export const TXT_SUFFIX = '.txt';

interface Section {
  id: string;
  holds: string;
  /** Set for a section known and deliberately not read: why. */
  ignored?: string;
  json?: readonly string[];
  txt?: readonly string[];
  record?: Omit<RecordSpec<TikTokMapperId>, 'mapper'> & { mapperId: TikTokMapperId };
  consumed?: readonly string[];
}

/** A section's member specs: its JSON member (if it has key paths) and its TXT member (if it has files). */
function section(s: Section): MemberSpec<TikTokMapperId>[] {
  const base = {
    holds: s.holds,
    ...(s.ignored !== undefined ? { status: 'ignored' as const, reason: s.ignored } : { status: 'parsed' as const }),
    ...(s.record ? { record: { ...s.record, mapper: MAPPER_CODE[s.record.mapperId] } } : {}),
    ...(s.consumed ? { consumed: s.consumed } : {}),
    source: SOURCE,
  };
  const out: MemberSpec<TikTokMapperId>[] = [];
  if (s.json && s.json.length > 0) out.push({ id: s.id, files: [JSON_MEMBER_RE], ...base, items: { json: { object: s.json } } });
  if (s.txt && s.txt.length > 0) out.push({ id: `${s.id}${TXT_SUFFIX}`, files: s.txt, ...base, items: { txt: 'blocks' } });
  return out;
}

const DATE = ['Date', 'Datum', 'Time', 'Tijd'] as const;
const VIDEO_LINK = ['VideoLink', 'Link', 'Video Link', 'URL'] as const;
/** Post keys that are settings, counters, the sound's name or accessibility texts: not access, place or time data. */
const POST_SETTINGS = [
  'Likes', 'Like(s)', 'WhoCanView', 'AllowComments', 'AllowStitches', 'AllowDuets', 'AllowStickers', 'AllowSharingToStory',
  'ContentDisclosure', 'AIGeneratedContent', 'Sound', 'AddYoursText', 'AlternateText',
] as const;

export const TIKTOK_SPEC: PlatformSpec<TikTokMapperId> = {
  platform: 'tiktok',
  importers: ['tiktok-json', 'tiktok-txt'],
  readers: 'declared',
  members: [
    // ----------------------------------------------------------------------------------- access
    ...section({
      id: 'login-history', holds: 'Login History',
      json: ['$.Activity.Login History.LoginHistoryList.*', '$.Your Activity.Login History.LoginHistoryList.*'],
      txt: ['Login History.txt', 'Inloggeschiedenis.txt'],
      record: {
        becomes: ['event:login'], time: { fields: DATE, format: 'text' }, ip: ['IP', 'IP Address', 'IP-adres'],
        device: ['DeviceModel', 'Apparaatmodel', 'DeviceSystem', 'Apparaatsysteem'], mapperId: 'event',
      },
    }),
    ...section({
      // Advertising/device identifiers → one `device` fact; rules.ts names each identifier.
      id: 'status', holds: 'Status (device identifiers)',
      json: ['$.Activity.Status.Status List.*', '$.Your Activity.Status.Status List.*'],
      txt: ['Status.txt'],
      record: {
        becomes: ['fact:device'],
        device: ['IDFA', 'GAID', 'Android ID', 'AndroidID', 'IDFV', 'Web ID', 'WebID', 'DID', 'Device ID', 'UID', 'User ID'], mapperId: 'device',
      },
    }),
    ...section({
      id: 'location', holds: 'Most Recent Location Data',
      json: ['$.Your Activity.Most Recent Location Data.LocationData.*', '$.Activity.Most Recent Location Data.LocationData.*'],
      txt: ['Most Recent Location Data.txt', 'Meest recente locatiegegevens.txt'],
      record: { becomes: ['event:location'], time: { fields: DATE, format: 'text' }, mapperId: 'event' },
    }),
    ...section({
      id: 'off-tiktok', holds: 'Off TikTok Activity',
      json: ['$.Ads and data.Usage Data From Third-Party Apps And Websites.UsageDataList.*', '$.Ads and data.Off TikTok Activity.OffTikTokActivityDataList.*'],
      txt: ['Off TikTok Activity.txt', 'Activiteit buiten TikTok.txt'],
      record: { becomes: ['event:off_platform'], time: { fields: ['TimeStamp', 'Time Stamp', ...DATE], format: 'text' }, mapperId: 'event' },
    }),
    ...section({
      id: 'ad-interests', holds: 'Ad Interests',
      json: ['$.Ads and data.Ad Interests.AdInterestCategories'],
      txt: ['Ad Interests.txt', 'Advertentie-interesses.txt'],
      record: { becomes: ['fact:ad_interest'], mapperId: 'names' },
    }),
    ...section({
      id: 'advertisers', holds: 'Advertisers using data from partners',
      json: ['$.Ads and data.Ads Based On Data Received From Partners.AdvertiserList'],
      record: { becomes: ['fact:advertiser'], mapperId: 'names' },
    }),
    ...section({
      id: 'data-partners', holds: 'Data partners',
      json: ['$.Ads and data.Ads Based On Data Received From Partners.DataPartnerList'],
      record: { becomes: ['fact:data_partner'], mapperId: 'names' },
    }),
    ...section({
      // [L] one fork's key names.
      id: 'ads-visits', holds: 'Ads Visit History',
      json: ['$.Your Activity.Ads Visit History.AdsVisitHistoryList.*', '$.Activity.Ads Visit History.AdsVisitHistoryList.*'],
      txt: ['Ad Link History.txt', 'Ads Link History.txt', 'Geschiedenis van advertentielinks.txt'],
      record: {
        becomes: ['event:ad_click'], time: { fields: ['CreateTime', 'Create Time', 'Create Date', 'Aanmaakdatum', ...DATE], format: 'text' },
        text: ['AdTitle', 'Ad Title', 'Advertentietitel'], url: ['AdLink', 'Ad Link', 'Advertentielink'], mapperId: 'event',
      },
    }),
    // --------------------------------------------------------------------- viewing and reacting
    ...section({
      id: 'watch-history', holds: 'Watch History',
      json: ['$.Activity.Video Browsing History.VideoList.*', '$.Your Activity.Watch History.VideoList.*'],
      txt: ['Video Browsing History.txt', 'Watch History.txt', 'Browsing History.txt', 'Kijkgeschiedenis.txt'],
      record: { becomes: ['event:watch'], time: { fields: DATE, format: 'text' }, url: VIDEO_LINK, mapperId: 'event' },
    }),
    ...section({
      id: 'like-list', holds: 'Like List',
      json: ['$.Activity.Like List.ItemFavoriteList.*', '$.Your Activity.Like List.ItemFavoriteList.*', '$.Likes and Favorites.Like List.ItemFavoriteList.*'],
      txt: ['Like List.txt', 'Likelijst.txt'],
      record: { becomes: ['event:like'], time: { fields: DATE, format: 'text' }, url: VIDEO_LINK, mapperId: 'event' },
    }),
    ...section({
      id: 'favorite-videos', holds: 'Favorite Videos',
      json: ['$.Activity.Favorite Videos.FavoriteVideoList.*', '$.Your Activity.Favorite Videos.FavoriteVideoList.*', '$.Likes and Favorites.Favorite Videos.FavoriteVideoList.*'],
      txt: ['Favorite Videos.txt', 'Favourite Videos.txt', 'Favoriete video\'s.txt'],
      record: { becomes: ['event:favorite'], time: { fields: DATE, format: 'text' }, url: VIDEO_LINK, mapperId: 'event' },
    }),
    ...section({
      id: 'favorite-sounds', holds: 'Favorite Sounds',
      json: ['$.Activity.Favorite Sounds.FavoriteSoundList.*', '$.Your Activity.Favorite Sounds.FavoriteSoundList.*', '$.Likes and Favorites.Favorite Sounds.FavoriteSoundList.*'],
      txt: ['Favorite Sounds.txt', 'Favourite Sounds.txt', 'Favoriete geluiden.txt'],
      record: {
        becomes: ['event:favorite'], time: { fields: DATE, format: 'text' }, url: ['Link', 'Sound Link', 'SoundLink', 'Music Link'],
        mapperId: 'event',
      },
    }),
    ...section({
      id: 'favorite-hashtags', holds: 'Favorite Hashtags',
      json: ['$.Activity.Favorite Hashtags.FavoriteHashtagList.*', '$.Your Activity.Favorite Hashtags.FavoriteHashtagList.*', '$.Likes and Favorites.Favorite Hashtags.FavoriteHashtagList.*'],
      txt: ['Favorite HashTags.txt', 'Favorite Hashtags.txt', 'Favourite Hashtags.txt', 'Favoriete hashtags.txt'],
      record: {
        becomes: ['event:favorite'], time: { fields: DATE, format: 'text' }, url: ['Link', 'HashTag Link', 'HashtagLink'], mapperId: 'event',
      },
    }),
    ...section({
      id: 'favorite-effects', holds: 'Favorite Effects',
      json: ['$.Activity.Favorite Effects.FavoriteEffectsList.*', '$.Your Activity.Favorite Effects.FavoriteEffectsList.*', '$.Likes and Favorites.Favorite Effects.FavoriteEffectsList.*'],
      txt: ['Favorite Effects.txt', 'Favourite Effects.txt', 'Favoriete effecten.txt'],
      record: { becomes: ['event:favorite'], time: { fields: DATE, format: 'text' }, url: ['EffectLink', 'Effect Link', 'Link'], mapperId: 'event' },
    }),
    ...section({
      id: 'searches', holds: 'Searches',
      json: ['$.Activity.Search History.SearchList.*', '$.Your Activity.Searches.SearchList.*', '$.Your Activity.Search History.SearchList.*'],
      txt: ['Searches.txt', 'Search History.txt', 'Zoekopdrachten.txt'],
      record: {
        becomes: ['event:search'], time: { fields: DATE, format: 'text' }, text: ['SearchTerm', 'Search Term', 'Zoekterm'], mapperId: 'event',
      },
    }),
    ...section({
      id: 'share-history', holds: 'Share History',
      json: ['$.Activity.Share History.ShareHistoryList.*', '$.Your Activity.Share History.ShareHistoryList.*'],
      txt: ['Share History.txt', 'Geschiedenis delen.txt'],
      record: {
        becomes: ['event:share'], time: { fields: DATE, format: 'text' },
        text: ['SharedContent', 'Shared Content', 'Gedeelde content', 'Gedeelde inhoud'], url: ['Link'], mapperId: 'event',
      },
    }),
    ...section({
      // `Tiktok Live` also matches `TikTok Live` (keys.ts); comments inside each LIVE: rules.ts `nested`.
      id: 'watch-live', holds: 'Watch Live History',
      json: ['$.Tiktok Live.Watch Live History.WatchLiveMap.*'],
      txt: ['Watch Live History.txt', 'Geschiedenis van LIVE bekijken.txt'],
      record: { becomes: ['event:live'], time: { fields: ['WatchTime', 'Watch Time', ...DATE], format: 'text' }, url: ['Link'], mapperId: 'event' },
    }),
    ...section({
      id: 'go-live', holds: 'Go Live History',
      json: ['$.Tiktok Live.Go Live History.GoLiveList.*'],
      txt: ['Go Live History.txt', 'Geschiedenis van LIVE gaan.txt'],
      record: {
        becomes: ['event:live'], time: { fields: ['LiveStartTime', 'Live Start Time', ...DATE], format: 'text' }, text: ['RoomTitle', 'Room Title'],
        url: ['CoverUri', 'ReplayUrl', 'Cover Uri', 'Replay Url'], mapperId: 'event',
      },
    }),
    // ------------------------------------------------------------------- own content and people
    ...section({
      id: 'comments', holds: 'Comments',
      json: ['$.Comment.Comments.CommentsList.*', '$.Activity.Comments.CommentsList.*'],
      txt: ['Comments.txt', 'Reacties.txt'],
      record: {
        becomes: ['event:comment'], time: { fields: DATE, format: 'text' }, text: ['Comment', 'Reactie'], url: ['url', 'photo', 'Foto'],
        mapperId: 'event',
      },
    }),
    ...section({
      // `Link` is a direct CDN URL; slideshows put several image URLs in it separated by `\n`.
      // `Location` is left out on purpose: a post's place is data, reported as unread when present.
      id: 'posts', holds: 'Posts',
      json: ['$.Video.Videos.VideoList.*', '$.Post.Posts.VideoList.*'],
      txt: ['Videos.txt', 'Posts.txt', 'Post.txt', 'Berichten.txt'],
      record: {
        becomes: ['event:post'], time: { fields: DATE, format: 'text' }, text: ['Title', 'Titel'],
        url: [...VIDEO_LINK, 'CoverImage', 'Cover Image'], mapperId: 'event',
      },
      consumed: POST_SETTINGS,
    }),
    ...section({
      id: 'deleted-posts', holds: 'Recently Deleted Posts',
      json: ['$.Post.Recently Deleted Posts.PostList.*'],
      txt: ['Recently Deleted Posts.txt', 'Onlangs verwijderde berichten.txt'],
      record: {
        becomes: ['event:post'], time: { fields: DATE, format: 'text' }, text: ['Title', 'Titel'],
        url: [...VIDEO_LINK, 'CoverImage', 'Cover Image'], mapperId: 'event',
      },
      consumed: POST_SETTINGS,
    }),
    ...section({
      // [L] non-empty TXT DM layout not observed (chat headers: rules.ts).
      id: 'direct-messages', holds: 'Direct Messages',
      json: ['$.Direct Messages.Chat History.ChatHistory.*.*', '$.Direct Message.Direct Messages.ChatHistory.*.*'],
      txt: ['Chat History.txt', 'Direct Messages.txt', 'Directe berichten.txt'],
      record: { becomes: ['event:message'], time: { fields: DATE, format: 'text' }, text: ['Content', 'Inhoud'], mapperId: 'event' },
    }),
    ...section({
      id: 'following', holds: 'Following',
      json: ['$.Activity.Following List.Following.*', '$.Your Activity.Following.Following.*', '$.Profile And Settings.Following.Following.*'],
      txt: ['Following List.txt', 'Following.txt', 'Volgend.txt'],
      record: { becomes: ['event:follow'], time: { fields: DATE, format: 'text' }, mapperId: 'event' },
    }),
    ...section({
      id: 'followers', holds: 'Followers',
      json: ['$.Activity.Follower List.FansList.*', '$.Your Activity.Follower.FansList.*', '$.Profile And Settings.Follower.FansList.*'],
      txt: ['Follower List.txt', 'Follower.txt', 'Volger.txt'],
      record: { becomes: ['event:follower'], time: { fields: DATE, format: 'text' }, mapperId: 'event' },
    }),
    ...section({
      id: 'block-list', holds: 'Block List',
      json: ['$.App Settings.Block.BlockList.*', '$.App Settings.Block List.BlockList.*', '$.Profile And Settings.Block List.BlockList.*'],
      txt: ['Block List.txt', 'Blokkeringslijst.txt'],
      record: { becomes: ['event:block'], time: { fields: DATE, format: 'text' }, mapperId: 'event' },
    }),
    ...section({
      id: 'profile', holds: 'Profile',
      json: ['$.Profile.Profile Information.ProfileMap', '$.Profile.Profile Info.ProfileMap', '$.Profile And Settings.Profile Info.ProfileMap', '$.Profile And Settings.Profile Information.ProfileMap'],
      txt: ['Profile Information.txt', 'Profile Info.txt', 'Profielinformatie.txt'],
      record: {
        becomes: ['fact:profile'], url: ['profilePhoto', 'profileVideo', 'Profile Photo', 'Profile Video', 'Profielfoto', 'aiSelf'],
        mapperId: 'profile',
      },
    }),
    // ------------------------------------------------------------------------------------- shop
    ...section({
      // [M] an object keyed by order id.
      id: 'orders', holds: 'Order History',
      json: ['$.TikTok Shop.Order History.OrderHistories.*', '$.Tiktok Shopping.Order History.OrderHistories.*'],
      txt: ['Order History.txt', 'Bestelgeschiedenis.txt'],
      record: {
        becomes: ['event:purchase'], time: { fields: ['order_date', 'Order date', 'Besteldatum', ...DATE], format: 'text' },
        text: ['shop_name', 'Shop Name'], mapperId: 'event',
      },
      // What was bought and its price: the order event carries shop, status and date.
      consumed: ['Products', 'total_price', 'Total Price'],
    }),
    ...section({
      id: 'product-browsing', holds: 'Product Browsing History',
      json: ['$.TikTok Shop.Product Browsing History.ProductBrowsingHistories.*'],
      txt: ['Product Browsing History.txt', 'Geschiedenis van bladeren door producten.txt'],
      record: {
        becomes: ['event:other'], time: { fields: ['browsing_date', 'Browsing Date', ...DATE], format: 'text' },
        text: ['product_name', 'Product Name'], mapperId: 'event',
      },
    }),
    // ---------------------------------------------------------------------- known, not analysed
    ...section({
      id: 'settings', holds: 'Settings',
      ignored: 'app settings: no access, location or timeline data',
      json: ['$.App Settings.Settings.SettingsMap', '$.Profile And Settings.Settings.SettingsMap'],
      txt: ['Settings.txt', 'Instellingen.txt'],
    }),
    ...section({
      id: 'live-settings', holds: 'LIVE settings',
      ignored: 'LIVE settings: no access, location or timeline data',
      json: ['$.Tiktok Live.Go Live Settings.SettingsMap', '$.Tiktok Live.Watch Live Settings.WatchLiveSettingsMap', '$.Tiktok Live.Watch Live Settings.MostRecentModificationTimeInApp', '$.Tiktok Live.Watch Live Settings.MostRecentModificationTimeInWeb'],
    }),
    ...section({
      id: 'activity-summary', holds: 'Activity Summary',
      ignored: 'totals since registration, no individual records',
      json: ['$.Your Activity.Activity Summary.ActivitySummaryMap', '$.Activity.Activity Summary.ActivitySummaryMap'],
      txt: ['Activity Summary.txt', 'Samenvatting van activiteit.txt'],
    }),
    ...section({
      id: 'hashtags', holds: 'Hashtags used',
      ignored: 'hashtag names without dates',
      json: ['$.Activity.Hashtag.HashtagList.*', '$.Your Activity.Hashtag.HashtagList.*'],
      txt: ['Hashtag.txt'],
    }),
    ...section({
      id: 'purchases-2020', holds: 'Purchase History / Gifts',
      ignored: 'layout of non-empty files not documented [L]',
      txt: ['Purchase History.txt', 'Gifts.txt'],
    }),
  ],
};
