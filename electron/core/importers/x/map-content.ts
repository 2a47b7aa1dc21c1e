/**
 * Pure mapping of X's content files (reference §5.3, §5.4): posts (with the media URLs that put
 * pbs.twimg.com and video.twimg.com among the hosts), direct messages, and likes.
 */
import type { EventRecord, ImportRecord } from '../../../../shared/records';
import { invalidTime, parseAnyTime, parseTwitterTime } from '../../../../shared/time';
import { asText } from '../common/keys';
import { oneLine } from '../common/text';
import { isoTime } from './map-access';
import { obj, objects, origin, str, unwrap, type Obj, type XItem, type XState } from './map-util';
import { FIRST_PARTY_CLIENTS } from './spec';

const URL_RE = /^https?:\/\/\S+$/i;

function addUrl(out: Set<string>, value: unknown): void {
  const text = asText(value)?.trim();
  if (text !== undefined && URL_RE.test(text)) out.add(text);
}

/**
 * The URLs a post carries: links it shares (`entities.urls[].expanded_url`), each photo or video
 * still (`media_url_https`, in `entities.media` — the first item only — and again in
 * `extended_entities.media` — all items), and each video file (`video_info.variants[].url`).
 * t.co short links and the `twitter.com/…/photo/1` permalinks are left out: they say nothing
 * about where content was served from. The first media item appears in both lists; it is one
 * file, so URLs are kept once per post.
 */
export function tweetUrls(tweet: Obj): string[] {
  const urls = new Set<string>();
  const entities = obj(tweet.entities);
  for (const u of objects(entities?.urls)) addUrl(urls, u.expanded_url);
  const media = [...objects(entities?.media), ...objects(obj(tweet.extended_entities)?.media)];
  for (const m of media) {
    addUrl(urls, m.media_url_https);
    for (const v of objects(obj(m.video_info)?.variants)) addUrl(urls, v.url);
  }
  return [...urls];
}

/** `<a href="…" rel="nofollow">Twitter for iPhone</a>` → `Twitter for iPhone`. */
export function clientName(source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const name = source.replace(/<[^>]*>/g, '').trim();
  return name === '' ? undefined : name;
}

function isFirstParty(client: string): boolean {
  return FIRST_PARTY_CLIENTS.some((re) => re.test(client));
}

function mapPost(item: XItem, member: string, deleted: boolean): ImportRecord[] | null {
  // Archives before 2020 wrote the tweet itself as the item, with no `tweet` wrapper.
  const tweet = unwrap(item.value, 'tweet');
  if (!tweet) return null;
  const created = str(tweet, 'created_at');
  const text = str(tweet, 'full_text') ?? str(tweet, 'text') ?? '';
  if (created === undefined && text === '') return null;
  const time = created === undefined ? invalidTime('', 'second') : parseTwitterTime(created);
  const verb = deleted ? 'Deleted post' : text.startsWith('RT @') ? 'Reposted' : 'Posted';
  const record: EventRecord = {
    type: 'event', kind: 'post', time: time.utc !== null || created === undefined ? time : parseAnyTime(created),
    title: oneLine(text ? `${verb}: ${text}` : verb), ...origin(member, item),
  };
  if (text) record.text = text;
  const urls = tweetUrls(tweet);
  if (urls.length > 0) record.urls = urls;
  const replyTo = str(tweet, 'in_reply_to_screen_name');
  if (replyTo) record.counterpart = replyTo;
  // The posting client: a name that is not one of X's own apps is a third-party app with write access.
  const client = clientName(str(tweet, 'source'));
  if (client && !isFirstParty(client)) record.app = client;
  return [record];
}

/** tweets.js / tweet.js / tweets-part<N>.js, one item → a post event. */
export function mapTweet(item: XItem, member: string): ImportRecord[] | null {
  return mapPost(item, member, false);
}

/** deleted-tweets.js: the same items, posts the person later deleted. */
export function mapDeletedTweet(item: XItem, member: string): ImportRecord[] | null {
  return mapPost(item, member, true);
}

/** Conversation entries that are not messages, with how each is titled (they become `other` events). */
const DM_EVENTS: readonly [string, (e: Obj) => string][] = [
  ['reactionCreate', (e) => `Reaction${str(e, 'reactionKey') ? ` "${str(e, 'reactionKey')}"` : ''} in a conversation`],
  ['joinConversation', () => 'Joined a group conversation'],
  ['participantsJoin', () => 'People added to a conversation'],
  ['participantsLeave', () => 'People left a conversation'],
  ['conversationNameUpdate', (e) => `Conversation renamed${str(e, 'name') ? ` to "${str(e, 'name')}"` : ''}`],
];

/**
 * direct-messages.js / direct-message.js (2018) / direct-messages-group.js, one `messages[i]` →
 * an event. `messageCreate` and `welcomeMessageCreate` are messages; reactions, joins, leaves and
 * renames are `other` events, so that every entry is accounted for. The other party is whichever
 * of sender and recipient is not the account (ids from the manifest or account.js); group
 * messages name the conversation. Times are ISO (2020+) or epoch ms as text (2018).
 */
export function mapDirectMessage(item: XItem, member: string, state: XState): ImportRecord[] | null {
  const entry = obj(item.value);
  if (!entry) return null;
  const conversationId = item.context?.conversationId;
  const m = obj(entry.messageCreate) ?? obj(entry.welcomeMessageCreate);
  if (!m) {
    for (const [key, title] of DM_EVENTS) {
      const e = obj(entry[key]);
      if (!e) continue;
      const record: EventRecord = { type: 'event', kind: 'other', time: isoTime(str(e, 'createdAt')), title: oneLine(title(e)), ...origin(member, item) };
      if (conversationId) record.text = `Conversation ${conversationId}`;
      return [record];
    }
    return null;
  }
  const sender = str(m, 'senderId');
  const recipient = str(m, 'recipientId');
  const sent = state.accountId !== undefined && sender === state.accountId;
  const counterpart = recipient === undefined
    ? conversationId
    : sent ? recipient : state.accountId !== undefined && recipient !== state.accountId ? recipient : sender;
  const text = str(m, 'text') ?? '';
  const record: EventRecord = {
    type: 'event', kind: 'message',
    time: isoTime(str(m, 'createdAt')),
    title: oneLine(`${entry.welcomeMessageCreate ? 'Welcome message' : 'Message'} ${sent ? 'to' : 'from'} ${counterpart ?? 'unknown'}${text ? `: ${text}` : ''}`),
    ...origin(member, item),
  };
  if (text) record.text = text;
  if (counterpart) record.counterpart = counterpart;
  const urls = new Set<string>();
  for (const u of objects(m.urls)) addUrl(urls, u.expanded);
  if (Array.isArray(m.mediaUrls)) for (const u of m.mediaUrls) addUrl(urls, u);
  if (urls.size > 0) record.urls = [...urls];
  return [record];
}

/**
 * like.js `{like: {tweetId, fullText, expandedUrl}}` → a fact, not an event: X writes no time
 * for a like [H], and an undated like on the timeline would be a guess. FactKind has no `like`,
 * so it is a `profile` fact named "Liked post" (value: the post's text).
 */
export function mapLike(item: XItem, member: string): ImportRecord[] | null {
  const like = unwrap(item.value, 'like');
  const tweetId = str(like, 'tweetId');
  if (!like || tweetId === undefined) return null;
  const urls = new Set<string>();
  addUrl(urls, like.expandedUrl);
  const text = str(like, 'fullText');
  return [{
    type: 'fact', fact: 'profile', name: 'Liked post', value: text ?? tweetId, details: { 'Post ID': tweetId },
    ...(urls.size > 0 ? { urls: [...urls] } : {}), ...origin(member, item),
  }];
}
