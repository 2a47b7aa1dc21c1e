/**
 * What TikTok's mappers need beyond the declared spec (declared.ts), keyed by the JSON member's
 * id there (a TXT member `<id>.txt` uses its section's rule): title templates with `{role}`
 * holes, item-key aliases of roles the common format has no slot for (network, counterpart,
 * sender, region, GPS, shop, order status, share method, off-platform source/event), how the
 * declared device keys split into model and system or name identifiers, the TXT chat header, and
 * lists inside an item that hold records of their own. A rule keyed by an id the declared spec
 * does not have is an error when the spec is compiled (compile.ts).
 */
import type { RecordSpec } from '../common/spec-format';
import type { TikTokMapperId } from './declared';
import type { Role } from './spec';

/** Roles the declared record states itself (time, text, ip, url) or the device split below states. */
type DeclaredRole = 'time' | 'text' | 'ip' | 'url' | 'deviceModel' | 'deviceSystem';

export interface TikTokRule {
  /** Item keys per role the common format has no slot for; each role lists the spellings seen. */
  roles?: Partial<Record<Exclude<Role, DeclaredRole>, readonly string[]>>;
  /** Event members: the declared `record.device` keys, split into the device's model and system. */
  device?: { model: readonly string[]; system: readonly string[] };
  /** Device-fact members: the declared `record.device` keys grouped per identifier name. */
  identifiers?: Readonly<Record<string, readonly string[]>>;
  /** Device-fact members: keys of device details (screen, app version), not identifiers. */
  details?: Readonly<Record<string, readonly string[]>>;
  /** Event members: templates with `{role}` holes; the first whose holes all fill wins. */
  title?: readonly string[];
  /** Also collect URLs written inside the text (DMs: links people pasted). */
  urlsInText?: boolean;
  /** Fill offPlatform {source, event} from the source/event roles. */
  offPlatform?: boolean;
  /** TXT only: a line that opens a group of records and names the counterpart ([L], chats). */
  txtGroupHeader?: RegExp;
  /** Lists inside each item whose entries are records of a nested rule (NESTED below). */
  nested?: readonly { keys: readonly string[]; section: string }[];
}

/** Records that live only inside another member's items, with no file or key path of their own. */
export interface NestedRecord {
  holds: string;
  record: RecordSpec<TikTokMapperId> & { mapperId: TikTokMapperId };
  rule: TikTokRule;
}

const USER = ['UserName', 'Username', 'User Name', 'Gebruikersnaam'] as const;

export const TIKTOK_RULES: Readonly<Record<string, TikTokRule>> = {
  'login-history': {
    roles: { networkType: ['NetworkType', 'Netwerktype'], carrier: ['Carrier', 'Provider'] },
    device: { model: ['DeviceModel', 'Apparaatmodel'], system: ['DeviceSystem', 'Apparaatsysteem'] },
    title: ['Login from {deviceModel} ({ip})', 'Login from {ip}', 'Login'],
  },
  status: {
    identifiers: { IDFA: ['IDFA'], GAID: ['GAID'], 'Android ID': ['Android ID', 'AndroidID'], IDFV: ['IDFV'], 'Web ID': ['Web ID', 'WebID'], DID: ['DID', 'Device ID'], UID: ['UID', 'User ID'] },
    details: { Resolution: ['Resolution', 'Screen Resolution'], 'App Version': ['App Version'] },
  },
  location: {
    roles: { region: ['LastRegion', 'Last Region'], gps: ['GpsData', 'GPS Data'] },
    title: ['Most recent region: {region}', 'Most recent location'],
  },
  'off-tiktok': {
    roles: { source: ['Source', 'Bron'], event: ['Event', 'Gebeurtenis'] },
    title: ['{source}: {event}', '{source}', 'Off-TikTok activity'],
    offPlatform: true,
  },
  'ads-visits': {
    title: ['Opened ad “{text}”', 'Opened an ad'],
  },
  'watch-history': {
    title: ['Watched a video'],
  },
  'like-list': {
    title: ['Liked a video'],
  },
  'favorite-videos': {
    title: ['Added a video to favourites'],
  },
  'favorite-sounds': {
    title: ['Added a sound to favourites'],
  },
  'favorite-hashtags': {
    title: ['Added a hashtag to favourites'],
  },
  'favorite-effects': {
    title: ['Added an effect to favourites'],
  },
  searches: {
    title: ['Searched for “{text}”', 'Searched'],
  },
  'share-history': {
    roles: { method: ['Method', 'Methode'] },
    title: ['Shared {text} via {method}', 'Shared {text}', 'Shared content'],
  },
  'watch-live': {
    title: ['Watched a LIVE'],
    nested: [{ keys: ['Comments'], section: 'live-comments' }],
  },
  'go-live': {
    title: ['Went LIVE: {text}', 'Went LIVE'],
  },
  comments: {
    title: ['Commented “{text}”', 'Commented'],
  },
  posts: {
    title: ['Posted “{text}”', 'Posted a video'],
  },
  'deleted-posts': {
    title: ['Posted “{text}” (recently deleted)', 'Posted a video (recently deleted)'],
  },
  'direct-messages': {
    roles: { from: ['From', 'Van'] },
    title: ['Message from {from} (chat with {counterpart})', 'Message in chat with {counterpart}'],
    urlsInText: true,
    txtGroupHeader: /^Chat History with (.+?):?\s*$/i,
  },
  following: {
    roles: { counterpart: USER },
    title: ['Followed {counterpart}', 'Followed an account'],
  },
  followers: {
    roles: { counterpart: USER },
    title: ['{counterpart} followed you', 'New follower'],
  },
  'block-list': {
    roles: { counterpart: USER },
    title: ['Blocked {counterpart}', 'Blocked an account'],
  },
  orders: {
    roles: { status: ['order_status', 'Order status', 'Bestelstatus'] },
    title: ['Order from {text} ({status})', 'Order ({status})', 'Order'],
  },
  'product-browsing': {
    roles: { shop: ['shop_name', 'Shop Name'] },
    title: ['Viewed product “{text}” from {shop}', 'Viewed product “{text}”', 'Viewed a product'],
  },
};

const DATE = ['Date', 'Datum', 'Time', 'Tijd'] as const;

export const NESTED: Readonly<Record<string, NestedRecord>> = {
  // Entries of `Comments` inside each watched LIVE (2025: CommentTime, CommentContent, RawTime).
  'live-comments': {
    holds: 'Comments in watched LIVEs',
    record: {
      becomes: ['event:comment'], time: { fields: ['CommentTime', 'Comment Time', 'RawTime', ...DATE], format: 'text' },
      text: ['CommentContent', 'Comment Content', 'Comment'], mapper: 'tiktok/map-record.ts mapItem → mapEvent', mapperId: 'event',
    },
    rule: { title: ['Commented in a LIVE: “{text}”', 'Commented in a LIVE'] },
  },
};
