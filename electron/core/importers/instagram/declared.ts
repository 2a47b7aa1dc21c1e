/**
 * The Instagram JSON export, declared in the common spec format (common/spec-format.ts;
 * reference/export-formats.md §2). This is the source the Instagram reader consumes
 * (meta/compile.ts turns it and rules.ts into the rows meta/read-member.ts runs): one member per
 * kind of file, by its file name (found in any folder: the 2021, 2023, 2024 and 2025 layouts move
 * them), the root keys holding its records (its selectors), the keys/labels of its time (unix
 * seconds, or ISO text), text, IP, device and URL (localized labels in meta/labels.ts), what each
 * record becomes and its mapper (`record.mapperId`, meta/mappers.ts), and the keys known and not
 * mapped (`consumed`). Both record shapes — classic `string_map_data`/`string_list_data` and
 * 2024–25 `label_values` — are read by the same members (meta/fields.ts). Most members also
 * accept a root list: 2025 files drop the root key [H for some files, guessed for the rest].
 * Titles, the roles the common format has no slot for and the mapping's vocabulary are keyed by
 * member id in rules.ts. Members are tried in order: the first whose pattern matches a path reads it.
 *
 * Confidence tags repeat the reference's where a member rests on [L]/[M] sources.
 */
import type { MemberSpec, PlatformSpec } from '../common/spec-format';
import {
  ignoredIn, listsIn, listsOrRootList, parsedIn, rootList, rootRecordOrList, secs, timeOf, type MetaMapperId,
} from '../meta/declared';
import {
  COMMENT, DEVICE, DEVICE_ID, GPS_TIME, IP_ADDRESS, LAST_LOGIN, NAME, PHONE, RECEIVED_ON, SEARCH, TIME, URL_LABEL, USER_AGENT,
} from '../meta/labels';
import { messageMember } from '../meta/shared-rows';
import type { TimeKey } from '../meta/spec-types';

const SOURCE = 'reference/export-formats.md §2 (Instagram)';
const parsed = parsedIn(SOURCE);
const ignored = ignoredIn(SOURCE);

/** A record's time: its `Time` label (any language), then a plain `timestamp`. */
const LABELLED_TIME: readonly TimeKey[] = [...secs(...TIME), ['timestamp', 's']];
/** Login-type records also carry the time as ISO text in `title` (`2024-03-01T10:20:30+00:00`). */
const ACCESS_TIME: readonly TimeKey[] = [...LABELLED_TIME, ['title', 'text']];
const MEDIA_TIME: readonly TimeKey[] = secs('creation_timestamp', 'timestamp', ...TIME);
const TIMESTAMP = timeOf([['timestamp', 's']]);

/**
 * Labels of the 2025+ `label_values` content records (liked and saved posts, stories viewed) that
 * are known and not turned into anything beyond the owner and URL: the post's caption and the
 * owner's display name [H: instagram-2026-05 layout].
 */
const CONTENT_SKIP = ['Caption', 'Title', ...NAME, 'timestamp'] as const;

const members: MemberSpec<MetaMapperId>[] = [
  // ------------------------------------------------------------------ profile (read first)
  // Threads' profile sits in `your_instagram_activity/threads/` under the same file name as the
  // Instagram profile, with its own root key [H: instagram-2024-07 layout]. This member comes
  // first so the path claims it; facts are prefixed so they do not mix with the Instagram profile's.
  parsed({
    id: 'threads-profile', holds: 'Threads profile', files: ['threads/personal_information.json'],
    items: listsOrRootList('text_post_app_text_post_app_profile'),
    record: { becomes: ['fact:profile', 'event:security'], time: timeOf(secs('Onboarding Time')), mapperId: 'profile' },
  }),
  parsed({
    id: 'profile', holds: 'profile', files: ['personal_information.json'], items: listsOrRootList('profile_user'),
    record: { becomes: ['fact:profile'], mapperId: 'profile' },
    consumed: ['title'], // the display name again (also a labelled fact)
  }),
  // `profile_account_insights` [H: instagram-2024-07]: account statistics, and the last login
  // and logout instants, which are access events.
  parsed({
    id: 'account-information', holds: 'account information', files: ['account_information.json', 'instagram_profile_information.json'],
    items: listsOrRootList('profile_account_insights'),
    record: { becomes: ['fact:profile', 'event:login', 'event:logout'], mapperId: 'fact' },
  }),
  parsed({
    id: 'account-based-in', holds: 'account based in', files: ['account_based_in.json'], // [M]
    items: listsOrRootList('inferred_data_primary_location'),
    record: { becomes: ['fact:profile'], mapperId: 'fact' },
  }),
  // ------------------------------------------------------------------ access
  parsed({
    id: 'logins', holds: 'login', files: ['login_activity.json'], items: listsOrRootList('account_history_login_history'),
    record: { becomes: ['event:login'], time: timeOf(ACCESS_TIME), ip: IP_ADDRESS, device: USER_AGENT, mapperId: 'event' },
  }),
  parsed({
    id: 'logouts', holds: 'logout', files: ['logout_activity.json'], items: listsOrRootList('account_history_logout_history'),
    record: { becomes: ['event:logout'], time: timeOf(ACCESS_TIME), ip: IP_ADDRESS, device: USER_AGENT, mapperId: 'event' },
  }),
  parsed({
    id: 'password-changes', holds: 'password change', files: ['password_change_activity.json'],
    items: listsOrRootList('account_history_password_change_history'),
    record: { becomes: ['event:password_change'], time: timeOf(ACCESS_TIME), mapperId: 'event' },
  }),
  // `title` describes the change here, so time comes from the labels only.
  parsed({
    id: 'privacy-changes', holds: 'account privacy change', files: ['account_privacy_changes.json'],
    items: listsOrRootList('account_history_account_privacy_history'),
    record: { becomes: ['event:security'], time: timeOf(LABELLED_TIME), text: ['title'], mapperId: 'event' },
  }),
  // `signup_details.json` from 2025 [H: instagram-2026-05 layout]; `signup_information.json` [L].
  parsed({
    id: 'signup', holds: 'sign-up', files: ['signup_information.json', 'signup_details.json'],
    items: listsOrRootList('account_history_registration_info'),
    record: { becomes: ['event:security'], time: timeOf(LABELLED_TIME), text: PHONE, ip: IP_ADDRESS, device: DEVICE, mapperId: 'event' },
  }),
  // Every sign-in and profile change, 2025+ [H: instagram-2026-05 layout]: `label_values` with
  // `Last login` (time), `Type`, `IP address`, `Port number`, `App`, `App version`, and dicts
  // (`Location`; `Email type`/`Email address`; `Type`/`New value`/`Previous value`). The kind
  // comes from `Type` (a login or logout, else `security`).
  parsed({
    id: 'profile-activity', holds: 'profile activity', files: ['profile_activity.json'], items: rootList(),
    record: {
      becomes: ['event:security', 'event:logout', 'event:password_change', 'event:login', 'event:session'],
      time: timeOf([...secs(...LAST_LOGIN, ...TIME), ['timestamp', 's']]), ip: IP_ADDRESS, device: USER_AGENT, mapperId: 'event',
    },
    consumed: ['Email type'], // the kind of e-mail address (primary, secondary); the address is read
  }),
  // The last position Instagram kept [H: instagram-2026-05]: one `location` event with the
  // precise coordinates when present, else the imprecise ones, at `GPS time uploaded`.
  parsed({
    id: 'last-known-location', holds: 'last known location', files: ['last_known_location.json'],
    items: listsOrRootList('account_history_imprecise_last_known_location'),
    record: { becomes: ['event:location'], time: timeOf(secs(...GPS_TIME)), mapperId: 'event' },
  }),
  // End-to-end encrypted chats' devices [H: instagram-2024-07]: `ig_secret_conversations` →
  // `armadillo_devices` [{device_type, device_manufacturer, device_model, device_os_version,
  // last_connected_ip, last_active_time, online_since}]. A device fact, and `device_seen` at the
  // last active time from the last connected IP.
  parsed({
    id: 'secret-conversation-devices', holds: 'encrypted-chat device', files: ['secret_conversations.json'],
    items: listsIn('ig_secret_conversations.armadillo_devices'),
    record: {
      becomes: ['fact:device', 'event:device_seen'], time: timeOf(secs('last_active_time', 'online_since')),
      text: ['device_type'], ip: ['last_connected_ip'], device: ['device_model', 'device_os_version'], mapperId: 'fact',
    },
    consumed: ['calls'], // encrypted call list: seen only empty [L]
  }),
  parsed({
    id: 'devices', holds: 'device', files: ['devices.json'], items: listsOrRootList('devices_devices'),
    record: {
      becomes: ['fact:device', 'event:device_seen'], time: timeOf([...secs(...LAST_LOGIN), ['timestamp', 's']]),
      device: [...USER_AGENT, ...DEVICE_ID], mapperId: 'fact',
    },
  }),
  // ------------------------------------------------------------------ ads and off-Meta
  parsed({
    id: 'advertisers', holds: 'advertiser', files: ['advertisers_using_your_activity_or_information.json'],
    items: listsOrRootList('ig_custom_audiences_all_types', 'custom_audiences_all_types_v2'),
    record: { becomes: ['fact:advertiser'], mapperId: 'fact' },
  }),
  parsed({
    id: 'off-meta', holds: 'off-Meta activity', files: ['your_activity_off_meta_technologies.json'], // [M]
    items: listsOrRootList('apps_and_websites_off_meta_activity', 'off_facebook_activity_v2'),
    record: { becomes: ['event:off_platform'], time: timeOf([['timestamp', 's'], ...secs(...RECEIVED_ON, ...TIME), ['timestamp_ms', 'ms']]), mapperId: 'off-platform' },
    consumed: ['id', 'ID'], // Meta's id of the app or event (the events inside are walked like records)
  }),
  parsed({
    id: 'ads-viewed', holds: 'ad viewed', files: ['ads_viewed.json'], items: listsOrRootList('impressions_history_ads_seen'),
    record: { becomes: ['event:ad_impression'], time: timeOf(LABELLED_TIME), mapperId: 'event' },
  }),
  parsed({
    id: 'ads-clicked', holds: 'ad clicked', files: ['ads_clicked.json'], items: listsOrRootList('impressions_history_ads_clicked'),
    record: { becomes: ['event:ad_click'], time: timeOf(LABELLED_TIME), text: ['title'], mapperId: 'event' },
  }),
  parsed({
    id: 'posts-viewed', holds: 'post viewed', files: ['posts_viewed.json'], items: listsOrRootList('impressions_history_posts_seen'),
    record: { becomes: ['event:watch'], time: timeOf(LABELLED_TIME), mapperId: 'event' },
  }),
  parsed({
    id: 'videos-watched', holds: 'video watched', files: ['videos_watched.json'], items: listsOrRootList('impressions_history_videos_watched'),
    record: { becomes: ['event:watch'], time: timeOf(LABELLED_TIME), mapperId: 'event' },
  }),
  // ------------------------------------------------------------------ own content
  parsed({
    id: 'posts', holds: 'post', files: [/(^|\/)posts_\d+\.json$/i], items: rootList(),
    record: { becomes: ['event:post'], time: timeOf(MEDIA_TIME), mapperId: 'media' },
  }),
  parsed({
    id: 'stories', holds: 'story', files: ['stories.json'], items: listsOrRootList('ig_stories'),
    record: { becomes: ['event:post'], time: timeOf(MEDIA_TIME), mapperId: 'media' },
  }),
  messageMember(SOURCE),
  parsed({
    id: 'liked-posts', holds: 'liked post', files: ['liked_posts.json'], items: listsOrRootList('likes_media_likes'),
    record: { becomes: ['event:like'], time: timeOf([['timestamp', 's'], ...secs(...TIME)]), url: ['href', ...URL_LABEL], mapperId: 'event' },
    consumed: [...CONTENT_SKIP, 'value'], // `value` of string_list_data is the like's emoji
  }),
  parsed({
    id: 'comments', holds: 'comment', files: [/(^|\/)post_comments(_\d+)?\.json$/i], items: listsOrRootList('comments_media_comments'),
    record: { becomes: ['event:comment'], time: timeOf(LABELLED_TIME), text: COMMENT, mapperId: 'event' },
  }),
  parsed({
    id: 'followers', holds: 'follower', files: [/(^|\/)followers(_\d+)?\.json$/i], items: listsOrRootList('relationships_followers'),
    record: { becomes: ['event:follower'], time: TIMESTAMP, url: ['href'], mapperId: 'event' },
  }),
  parsed({
    id: 'following', holds: 'followed account', files: ['following.json'], items: listsOrRootList('relationships_following'),
    record: { becomes: ['event:follow'], time: TIMESTAMP, url: ['href'], mapperId: 'event' },
  }),
  // connections/ [H: instagram-2024-07 and -2026-05 layouts]: requests and unfollows are
  // relationship events with the account as counterpart.
  parsed({
    id: 'follow-requests-sent', holds: 'follow request sent', files: ['pending_follow_requests.json', 'recent_follow_requests.json'],
    items: listsOrRootList('relationships_follow_requests_sent', 'relationships_permanent_follow_requests'),
    record: { becomes: ['event:follow'], time: TIMESTAMP, url: ['href'], mapperId: 'event' },
  }),
  parsed({
    id: 'unfollowed', holds: 'unfollowed account', files: ['recently_unfollowed_accounts.json'], items: listsOrRootList('relationships_unfollowed_users'),
    record: { becomes: ['event:other'], time: TIMESTAMP, url: ['href'], mapperId: 'event' },
  }),
  // 2026: the file is one record at the root (`{timestamp, label_values: [URL, Name, Username]}`);
  // older exports (`blocked_accounts.json`) list them under `relationships_blocked_users` [L]
  // (rules.ts rootKeys).
  parsed({
    id: 'blocked', holds: 'blocked account', files: ['blocked_profiles.json', 'blocked_accounts.json'], items: rootRecordOrList(),
    record: { becomes: ['event:block'], time: TIMESTAMP, url: URL_LABEL, mapperId: 'event' },
  }),
  parsed({
    id: 'threads-follow-requests', holds: 'Threads follow request', files: ["follow_requests_you've_received.json"],
    items: listsOrRootList('text_post_app_text_post_app_follow_requests_received'),
    record: { becomes: ['event:follower'], time: TIMESTAMP, url: ['href'], mapperId: 'event' },
  }),
  parsed({
    id: 'threads-viewed', holds: 'Threads post viewed', files: ['threads_viewed.json'], items: listsOrRootList('text_post_app_text_post_app_posts_seen'),
    record: { becomes: ['event:watch'], time: timeOf(LABELLED_TIME), mapperId: 'event' },
  }),
  // 2025+ root list of `label_values` records [H: instagram-2026-05].
  parsed({
    id: 'stories-viewed', holds: 'story viewed', files: ['stories_viewed.json'], items: listsOrRootList('story_activities_stories_viewed'),
    record: { becomes: ['event:watch'], time: timeOf([['timestamp', 's'], ...secs(...TIME)]), url: URL_LABEL, mapperId: 'event' },
    consumed: CONTENT_SKIP,
  }),
  parsed({
    id: 'story-likes', holds: 'story like', files: ['story_likes.json'], items: listsOrRootList('story_activities_story_likes'),
    record: { becomes: ['event:like'], time: TIMESTAMP, mapperId: 'event' },
  }),
  parsed({
    id: 'story-polls', holds: 'story poll answer', files: ['polls.json'], items: listsOrRootList('story_activities_polls'),
    record: { becomes: ['event:other'], time: TIMESTAMP, text: ['value'], mapperId: 'event' },
  }),
  parsed({
    id: 'not-interested', holds: 'account not interested in', files: ["accounts_you're_not_interested_in.json"],
    items: listsOrRootList('impressions_history_recs_hidden_authors'),
    record: { becomes: ['event:other'], time: timeOf(LABELLED_TIME), mapperId: 'event' },
  }),
  // Links opened in Instagram's in-app browser (2025+ `label_values`) [H: instagram-2026-05]:
  // served URLs with their hosts; session start and end are kept as text.
  parsed({
    id: 'link-history', holds: 'link visited', files: ['link_history.json'], items: rootList(),
    record: { becomes: ['event:other'], time: TIMESTAMP, url: ['Website link that you visited'], mapperId: 'event' },
  }),
  parsed({
    id: 'possible-emails', holds: 'possible e-mail', files: ['possible_emails.json'], items: listsOrRootList('inferred_data_inferred_emails'),
    record: { becomes: ['fact:profile'], mapperId: 'fact' },
  }),
  ignored('no-data', 'empty section', ['no-data.txt'], "Meta's marker for a section without data"),
  ignored(
    'settings', 'settings',
    [
      'comments_allowed_from.json', 'notification_preferences.json', 'use_cross-app_messaging.json', 'your_link_history_settings.json',
      'show_exclusive_story_promo_setting.json', 'your_muted_story_teaser_creators.json', 'eligibility.json',
    ],
    'account settings and eligibility: no access or location data',
  ),
  ignored(
    'insights', 'account insights', ['audience_insights.json', 'content_interactions.json', 'profiles_reached.json'],
    'past account statistics (reach, followers by city and country): not analysed',
  ),
  ignored(
    'shopping', 'shopping', ['cart_items.json', 'recently_viewed_items.json', 'wishlist_items.json'],
    'shopping bag, wishlist and viewed products (no times): not analysed',
  ),
  ignored(
    'personal-extras', 'personal details', ['autofill_information.json', 'note_interactions.json', 'professional_information.json', 'profile_photos.json'],
    'autofill details, notes, professional account and profile photo files: no access or location data',
  ),
  ignored('contacts', 'synced contacts', ['synced_contacts.json'], "contacts synced from your phone: other people's names and numbers, no access data"),
  parsed({
    id: 'searches', holds: 'search',
    files: ['account_searches.json', 'profile_searches.json', 'word_or_phrase_searches.json', 'keyword_searches.json', 'tag_searches.json'],
    items: listsOrRootList('searches_user', 'searches_keyword', 'searches_hashtag'),
    record: { becomes: ['event:search'], time: timeOf(LABELLED_TIME), text: [...SEARCH, 'value', 'title'], mapperId: 'event' },
  }),
  // ------------------------------------------------------------------ known, not analysed
  ignored(
    'profile-insights', 'profile information', ['instagram_profile_information.json'],
    'account statistics (first country code, contact syncing): not analysed',
  ),
  ignored('saved', 'saved items', ['saved_posts.json', 'saved_collections.json', 'liked_comments.json'], 'saved posts and liked comments: no access or location data'),
  ignored('interests', 'ad interests', ['ads_interests.json', 'your_topics.json', 'see_less_topics.json'], 'inferred interest topics: not analysed'),
  ignored('lead-forms', 'lead forms', ["information_you've_submitted_to_advertisers.json"], 'forms you filled in for advertisers: not analysed'),
  ignored(
    'device-extras', 'device extras', ['camera_information.json', 'linked_meta_accounts.json'],
    'camera and linked-account details: keys not established [L], not analysed',
  ),
];

export const INSTAGRAM_SPEC: PlatformSpec<MetaMapperId> = {
  platform: 'instagram',
  importers: ['instagram-json'],
  readers: 'declared',
  members,
};
