/**
 * The Instagram JSON export, declared (reference/export-formats.md §2). One row per kind of file:
 * its file name (found in any folder: the 2021, 2023, 2024 and 2025 layouts move them), the root
 * keys holding its records, the keys/labels per meaning (localized labels in meta/labels.ts) and
 * what each record becomes. Both record shapes — classic `string_map_data`/`string_list_data` and
 * 2024–25 `label_values` — are read by the same rows (meta/fields.ts). Every row also accepts a
 * root list: 2025 files drop the root key [H for some files, guessed for the rest].
 *
 * Confidence tags repeat the reference's where a row rests on [L]/[M] sources.
 */
import {
  APP, APP_VERSION, AUTHOR, CITY_NAME, COMMENT, COOKIE_NAME, DEVICE, DEVICE_ID, EMAIL, EMAIL_ADDRESS, EVENT_TYPE,
  GPS_TIME, IP_ADDRESS, LANGUAGE_CODE, LAST_LOGIN, LATITUDE, LOCATION, LONGITUDE, MEDIA_OWNER, NAME, NEW_VALUE, OLD_VALUE,
  PHONE, PORT, RECEIVED_ON, SEARCH, TIME, URL_LABEL, USER_AGENT, USERNAME,
} from '../meta/labels';
import { ACCESS_ACTIONS } from '../meta/shared-rows';
import { AUDIENCE_FLAGS, MESSAGE_ROW } from '../meta/shared-rows';
import type { MetaFileSpec, TimeKey } from '../meta/spec-types';

const secs = (...keys: readonly string[]): TimeKey[] => keys.map((k): TimeKey => [k, 's']);

/** A record's time: its `Time` label (any language), then a plain `timestamp`. */
const LABELLED_TIME: readonly TimeKey[] = [...secs(...TIME), ['timestamp', 's']];
/** Login-type records also carry the time as ISO text in `title` (`2024-03-01T10:20:30+00:00`). */
const ACCESS_TIME: readonly TimeKey[] = [...LABELLED_TIME, ['title', 'text']];
const MEDIA_TIME: readonly TimeKey[] = secs('creation_timestamp', 'timestamp', ...TIME);

const ACCESS_ROLES = { ip: IP_ADDRESS, userAgent: USER_AGENT, cookie: COOKIE_NAME, language: LANGUAGE_CODE, port: PORT } as const;
const ACCESS_TEXT = [
  '{userAgent} · language {language} · port {port}', '{userAgent} · language {language}', '{userAgent}', 'language {language}',
] as const;

/** An account in a `string_list_data` list (followers, requests): `value` is the username. */
const ACCOUNT_ROLES = { counterpart: ['value', 'title', ...USERNAME], url: ['href'] } as const;

/**
 * Labels of the 2025+ `label_values` content records (liked and saved posts, stories viewed) that
 * are known and not turned into anything beyond the owner and URL: the post's caption and the
 * owner's display name [H: instagram-2026-05 layout].
 */
const CONTENT_SKIP = ['Caption', 'Title', ...NAME, 'timestamp'] as const;

export const INSTAGRAM_SPECS: readonly MetaFileSpec[] = [
  // ------------------------------------------------------------------ profile (read first)
  {
    // Threads' profile sits in `your_instagram_activity/threads/` under the same file name as the
    // Instagram profile, with its own root key [H: instagram-2024-07 layout]. This row comes first
    // so the path claims it; facts are prefixed so they do not mix with the Instagram profile's.
    id: 'threads-profile', label: 'Threads profile', files: ['threads/personal_information.json'],
    rootKeys: ['text_post_app_text_post_app_profile'], rootList: true, time: secs('Onboarding Time'), roles: {},
    map: { type: 'profile', owner: [], namePrefix: 'Threads: ', created: { title: 'Threads profile created' } },
  },
  {
    id: 'profile', label: 'profile', files: ['personal_information.json'], rootKeys: ['profile_user'], rootList: true,
    roles: {}, map: { type: 'profile', owner: [...NAME, ...USERNAME] }, expected: true,
    skip: ['title'], // the display name again (also a labelled fact)
  },
  {
    // `profile_account_insights` [H: instagram-2024-07]: account statistics, and the last login
    // and logout instants, which are access events.
    id: 'account-information', label: 'account information', files: ['account_information.json', 'instagram_profile_information.json'],
    rootKeys: ['profile_account_insights'], rootList: true, roles: {},
    map: {
      type: 'fact', fact: 'profile', name: ['Account statistics'],
      details: {
        'Contact syncing': ['Contact Syncing'], 'First country code': ['First Country Code'],
        'Has shared live video': ['Has Shared Live Video'],
      },
      detailTimes: {
        'First story': secs('First Story Time'), 'Last story': secs('Last Story Time'),
        'First close friends story': secs('First Close Friends Story Time'),
      },
      alsoAt: [
        { kind: 'login', time: secs(...LAST_LOGIN), title: ['Last login (account information)'] },
        { kind: 'logout', time: secs('Last Logout'), title: ['Last logout (account information)'] },
      ],
    },
  },
  {
    id: 'account-based-in', label: 'account based in', files: ['account_based_in.json'], // [M]
    rootKeys: ['inferred_data_primary_location'], rootList: true,
    roles: { city: CITY_NAME }, map: { type: 'fact', fact: 'profile', name: ['Account based in'], value: ['{city}'] },
  },
  // ------------------------------------------------------------------ access
  {
    id: 'logins', label: 'login', files: ['login_activity.json'], rootKeys: ['account_history_login_history'], rootList: true,
    time: ACCESS_TIME, roles: ACCESS_ROLES,
    map: { type: 'event', kind: 'login', title: ['Login from {ip}', 'Login'], text: ACCESS_TEXT }, expected: true,
  },
  {
    id: 'logouts', label: 'logout', files: ['logout_activity.json'], rootKeys: ['account_history_logout_history'], rootList: true,
    time: ACCESS_TIME, roles: ACCESS_ROLES,
    map: { type: 'event', kind: 'logout', title: ['Logout from {ip}', 'Logout'], text: ACCESS_TEXT },
  },
  {
    id: 'password-changes', label: 'password change', files: ['password_change_activity.json'],
    rootKeys: ['account_history_password_change_history'], rootList: true, time: ACCESS_TIME, roles: {},
    map: { type: 'event', kind: 'password_change', title: ['Password changed'] },
  },
  {
    // `title` describes the change here, so time comes from the labels only.
    id: 'privacy-changes', label: 'account privacy change', files: ['account_privacy_changes.json'],
    rootKeys: ['account_history_account_privacy_history'], rootList: true, time: LABELLED_TIME, roles: { text: ['title'] },
    map: { type: 'event', kind: 'security', title: ['Account privacy changed: {text}', 'Account privacy changed'] },
  },
  {
    // `signup_details.json` from 2025 [H: instagram-2026-05 layout]; `signup_information.json` [L].
    id: 'signup', label: 'sign-up', files: ['signup_information.json', 'signup_details.json'],
    rootKeys: ['account_history_registration_info'], rootList: true, time: LABELLED_TIME,
    roles: { ip: IP_ADDRESS, username: USERNAME, deviceText: DEVICE, email: [...EMAIL_ADDRESS, ...EMAIL], text: PHONE },
    map: {
      type: 'event', kind: 'security', title: ['Account created ({username}) from {ip}', 'Account created from {ip}', 'Account created'],
      text: ['e-mail {email}'],
    },
  },
  {
    // Every sign-in and profile change, 2025+ [H: instagram-2026-05 layout]: `label_values` with
    // `Last login` (time), `Type`, `IP address`, `Port number`, `App`, `App version`, and dicts
    // (`Location`; `Email type`/`Email address`; `Type`/`New value`/`Previous value`). The kind
    // comes from `Type` (a login or logout, else `security`).
    id: 'profile-activity', label: 'profile activity', files: ['profile_activity.json'], rootKeys: [], rootList: true,
    time: [...secs(...LAST_LOGIN, ...TIME), ['timestamp', 's']],
    roles: {
      action: EVENT_TYPE, ip: IP_ADDRESS, port: PORT, site: APP, appVersion: APP_VERSION, location: LOCATION,
      email: EMAIL_ADDRESS, oldValue: OLD_VALUE, newValue: NEW_VALUE, userAgent: USER_AGENT,
    },
    map: {
      type: 'event', kind: 'security', actions: ACCESS_ACTIONS,
      title: ['{action} from {ip} ({location})', '{action} from {ip}', '{action}: {oldValue} → {newValue}', '{action}: {newValue}', '{action}', 'Profile activity'],
      text: [
        '{site} {appVersion} · port {port}', '{site} · port {port}', '{site} {appVersion}', '{site}', 'port {port}', 'e-mail {email}',
      ],
    },
    skip: ['Email type'], // the kind of e-mail address (primary, secondary); the address is read
  },
  {
    // The last position Instagram kept [H: instagram-2026-05]: one `location` event with the
    // precise coordinates when present, else the imprecise ones, at `GPS time uploaded`.
    id: 'last-known-location', label: 'last known location', files: ['last_known_location.json'],
    rootKeys: ['account_history_imprecise_last_known_location'], rootList: true, time: secs(...GPS_TIME),
    roles: { lat: LATITUDE, lon: LONGITUDE },
    map: { type: 'event', kind: 'location', title: ['Last known location {lat}, {lon}', 'Last known location'] },
  },
  {
    // End-to-end encrypted chats' devices [H: instagram-2024-07]: `ig_secret_conversations` →
    // `armadillo_devices` [{device_type, device_manufacturer, device_model, device_os_version,
    // last_connected_ip, last_active_time, online_since}]. A device fact, and `device_seen` at the
    // last active time from the last connected IP.
    id: 'secret-conversation-devices', label: 'encrypted-chat device', files: ['secret_conversations.json'],
    rootKeys: ['ig_secret_conversations.armadillo_devices'], time: secs('last_active_time', 'online_since'),
    roles: {
      manufacturer: ['device_manufacturer'], model: ['device_model'], system: ['device_os_version'], ip: ['last_connected_ip'],
      text: ['device_type'],
    },
    map: {
      type: 'fact', fact: 'device', name: ['{manufacturer} {model}', '{model}', 'Encrypted-chat device'], value: ['{text}'],
      detailTimes: { 'Online since': secs('online_since') },
      also: { kind: 'device_seen', title: ['Encrypted-chat device last active: {name} from {ip}', 'Encrypted-chat device last active: {name}'] },
    },
    skip: ['calls'], // encrypted call list: seen only empty [L]
  },
  {
    id: 'devices', label: 'device', files: ['devices.json'], rootKeys: ['devices_devices'], rootList: true,
    time: [...secs(...LAST_LOGIN), ['timestamp', 's']], roles: { userAgent: USER_AGENT, deviceId: DEVICE_ID },
    map: {
      type: 'fact', fact: 'device', name: ['Device {deviceId}', 'Device'], value: ['{userAgent}'],
      also: { kind: 'device_seen', title: ['Device last used: {userAgent}', 'Device last used'] },
    },
  },
  // ------------------------------------------------------------------ ads and off-Meta
  {
    id: 'advertisers', label: 'advertiser', files: ['advertisers_using_your_activity_or_information.json'],
    rootKeys: ['ig_custom_audiences_all_types', 'custom_audiences_all_types_v2'], rootList: true,
    roles: { advertiser: ['advertiser_name', ...NAME, 'title'] },
    map: { type: 'fact', fact: 'advertiser', name: ['{advertiser}'], flags: AUDIENCE_FLAGS },
  },
  {
    id: 'off-meta', label: 'off-Meta activity', files: ['your_activity_off_meta_technologies.json'], // [M]
    rootKeys: ['apps_and_websites_off_meta_activity', 'off_facebook_activity_v2'], rootList: true,
    time: [['timestamp', 's'], ...secs(...RECEIVED_ON, ...TIME), ['timestamp_ms', 'ms']],
    roles: { source: ['name', 'title', ...NAME], event: ['type', ...EVENT_TYPE] },
    map: { type: 'off-platform' },
    skip: ['id', 'ID'], // Meta's id of the app or event (the events inside are walked like records)
  },
  {
    id: 'ads-viewed', label: 'ad viewed', files: ['ads_viewed.json'], rootKeys: ['impressions_history_ads_seen'], rootList: true,
    time: LABELLED_TIME, roles: { advertiser: AUTHOR },
    map: { type: 'event', kind: 'ad_impression', title: ['Saw an ad from {advertiser}', 'Saw an ad'] },
  },
  {
    id: 'ads-clicked', label: 'ad clicked', files: ['ads_clicked.json'], rootKeys: ['impressions_history_ads_clicked'], rootList: true,
    time: LABELLED_TIME, roles: { advertiser: AUTHOR, text: ['title'] },
    map: { type: 'event', kind: 'ad_click', title: ['Clicked an ad from {advertiser}', 'Clicked an ad: {text}', 'Clicked an ad'] },
  },
  {
    id: 'posts-viewed', label: 'post viewed', files: ['posts_viewed.json'], rootKeys: ['impressions_history_posts_seen'], rootList: true,
    time: LABELLED_TIME, roles: { counterpart: AUTHOR },
    map: { type: 'event', kind: 'watch', title: ['Saw a post by {counterpart}', 'Saw a post'] },
  },
  {
    id: 'videos-watched', label: 'video watched', files: ['videos_watched.json'], rootKeys: ['impressions_history_videos_watched'],
    rootList: true, time: LABELLED_TIME, roles: { counterpart: AUTHOR },
    map: { type: 'event', kind: 'watch', title: ['Watched a video by {counterpart}', 'Watched a video'] },
  },
  // ------------------------------------------------------------------ own content
  {
    id: 'posts', label: 'post', files: [/(^|\/)posts_\d+\.json$/i], rootKeys: [], rootList: true, time: MEDIA_TIME,
    roles: {}, map: { type: 'media', title: ['Posted “{text}”', 'Posted a photo or video'] },
  },
  {
    id: 'stories', label: 'story', files: ['stories.json'], rootKeys: ['ig_stories'], rootList: true, time: MEDIA_TIME,
    roles: {}, map: { type: 'media', title: ['Shared a story “{text}”', 'Shared a story'] },
  },
  MESSAGE_ROW,
  {
    id: 'liked-posts', label: 'liked post', files: ['liked_posts.json'], rootKeys: ['likes_media_likes'], rootList: true,
    time: [['timestamp', 's'], ...secs(...TIME)], roles: { counterpart: ['title', ...USERNAME], url: ['href', ...URL_LABEL] },
    map: { type: 'event', kind: 'like', title: ['Liked a post by {counterpart}', 'Liked a post'] },
    skip: [...CONTENT_SKIP, 'value'], // `value` of string_list_data is the like's emoji
  },
  {
    id: 'comments', label: 'comment', files: [/(^|\/)post_comments(_\d+)?\.json$/i], rootKeys: ['comments_media_comments'],
    rootList: true, time: LABELLED_TIME, roles: { text: COMMENT, counterpart: MEDIA_OWNER },
    map: { type: 'event', kind: 'comment', scanText: true, title: ['Commented on a post by {counterpart}: “{text}”', 'Commented “{text}”', 'Commented'] },
  },
  {
    id: 'followers', label: 'follower', files: [/(^|\/)followers(_\d+)?\.json$/i], rootKeys: ['relationships_followers'],
    rootList: true, time: [['timestamp', 's']], roles: { counterpart: ['value', 'title', ...USERNAME], url: ['href'] },
    map: { type: 'event', kind: 'follower', title: ['{counterpart} followed you', 'New follower'] },
  },
  {
    id: 'following', label: 'followed account', files: ['following.json'], rootKeys: ['relationships_following'],
    rootList: true, time: [['timestamp', 's']], roles: { counterpart: ['value', 'title', ...USERNAME], url: ['href'] },
    map: { type: 'event', kind: 'follow', title: ['Followed {counterpart}', 'Followed an account'] },
  },
  // connections/ [H: instagram-2024-07 and -2026-05 layouts]: requests and unfollows are
  // relationship events with the account as counterpart.
  {
    id: 'follow-requests-sent', label: 'follow request sent', files: ['pending_follow_requests.json', 'recent_follow_requests.json'],
    rootKeys: ['relationships_follow_requests_sent', 'relationships_permanent_follow_requests'], rootList: true,
    time: [['timestamp', 's']], roles: ACCOUNT_ROLES,
    map: { type: 'event', kind: 'follow', title: ['Requested to follow {counterpart}', 'Follow request'] },
  },
  {
    id: 'unfollowed', label: 'unfollowed account', files: ['recently_unfollowed_accounts.json'],
    rootKeys: ['relationships_unfollowed_users'], rootList: true, time: [['timestamp', 's']], roles: ACCOUNT_ROLES,
    map: { type: 'event', kind: 'other', title: ['Unfollowed {counterpart}', 'Unfollowed an account'] },
  },
  {
    // 2026: the file is one record at the root (`{timestamp, label_values: [URL, Name, Username]}`);
    // older exports (`blocked_accounts.json`) list them under `relationships_blocked_users` [L].
    id: 'blocked', label: 'blocked account', files: ['blocked_profiles.json', 'blocked_accounts.json'],
    rootKeys: ['relationships_blocked_users'], rootList: true, rootRecord: true, time: [['timestamp', 's']],
    roles: { counterpart: [...USERNAME, 'value', 'title', ...NAME], url: URL_LABEL },
    map: { type: 'event', kind: 'block', title: ['Blocked {counterpart}', 'Blocked an account'] },
  },
  {
    id: 'threads-follow-requests', label: 'Threads follow request', files: ["follow_requests_you've_received.json"],
    rootKeys: ['text_post_app_text_post_app_follow_requests_received'], rootList: true, time: [['timestamp', 's']], roles: ACCOUNT_ROLES,
    map: { type: 'event', kind: 'follower', title: ['{counterpart} asked to follow you on Threads', 'Threads follow request'] },
  },
  {
    id: 'threads-viewed', label: 'Threads post viewed', files: ['threads_viewed.json'],
    rootKeys: ['text_post_app_text_post_app_posts_seen'], rootList: true, time: LABELLED_TIME, roles: { counterpart: AUTHOR },
    map: { type: 'event', kind: 'watch', title: ['Saw a Threads post by {counterpart}', 'Saw a Threads post'] },
  },
  {
    // 2025+ root list of `label_values` records [H: instagram-2026-05].
    id: 'stories-viewed', label: 'story viewed', files: ['stories_viewed.json'], rootKeys: ['story_activities_stories_viewed'], rootList: true,
    time: [['timestamp', 's'], ...secs(...TIME)], roles: { counterpart: USERNAME, url: URL_LABEL },
    map: { type: 'event', kind: 'watch', title: ['Viewed a story by {counterpart}', 'Viewed a story'] },
    skip: CONTENT_SKIP,
  },
  {
    id: 'story-likes', label: 'story like', files: ['story_likes.json'], rootKeys: ['story_activities_story_likes'], rootList: true,
    time: [['timestamp', 's']], roles: { counterpart: ['title'] },
    map: { type: 'event', kind: 'like', title: ['Liked a story by {counterpart}', 'Liked a story'] },
  },
  {
    id: 'story-polls', label: 'story poll answer', files: ['polls.json'], rootKeys: ['story_activities_polls'], rootList: true,
    time: [['timestamp', 's']], roles: { counterpart: ['title'], text: ['value'] },
    map: { type: 'event', kind: 'other', title: ['Answered a poll in a story by {counterpart}: “{text}”', 'Answered a story poll'] },
  },
  {
    id: 'not-interested', label: 'account not interested in', files: ["accounts_you're_not_interested_in.json"],
    rootKeys: ['impressions_history_recs_hidden_authors'], rootList: true, time: LABELLED_TIME, roles: { counterpart: USERNAME },
    map: { type: 'event', kind: 'other', title: ['Not interested in {counterpart}', 'Not interested in an account'] },
  },
  {
    // Links opened in Instagram's in-app browser (2025+ `label_values`) [H: instagram-2026-05]:
    // served URLs with their hosts; session start and end are kept as text.
    id: 'link-history', label: 'link visited', files: ['link_history.json'], rootKeys: [], rootList: true,
    time: [['timestamp', 's']],
    roles: {
      url: ['Website link that you visited'], name: ['Title of website page that you visited'],
      sessionStart: ['Website session start time'], sessionEnd: ['Website session end time'],
    },
    map: { type: 'event', kind: 'other', title: ['Opened a link: {name}', 'Opened a link'], text: ['session {sessionStart} – {sessionEnd}'] },
  },
  {
    id: 'possible-emails', label: 'possible e-mail', files: ['possible_emails.json'], rootKeys: ['inferred_data_inferred_emails'], rootList: true,
    roles: { email: ['value'] }, map: { type: 'fact', fact: 'profile', name: ['Possible e-mail address'], value: ['{email}'] },
  },
  {
    id: 'no-data', label: 'empty section', files: ['no-data.txt'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: "Meta's marker for a section without data" },
  },
  {
    id: 'settings', label: 'settings',
    files: [
      'comments_allowed_from.json', 'notification_preferences.json', 'use_cross-app_messaging.json', 'your_link_history_settings.json',
      'show_exclusive_story_promo_setting.json', 'your_muted_story_teaser_creators.json', 'eligibility.json',
    ],
    rootKeys: [], roles: {}, map: { type: 'ignore', reason: 'account settings and eligibility: no access or location data' },
  },
  {
    id: 'insights', label: 'account insights', files: ['audience_insights.json', 'content_interactions.json', 'profiles_reached.json'],
    rootKeys: [], roles: {}, map: { type: 'ignore', reason: 'past account statistics (reach, followers by city and country): not analysed' },
  },
  {
    id: 'shopping', label: 'shopping', files: ['cart_items.json', 'recently_viewed_items.json', 'wishlist_items.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'shopping bag, wishlist and viewed products (no times): not analysed' },
  },
  {
    id: 'personal-extras', label: 'personal details',
    files: ['autofill_information.json', 'note_interactions.json', 'professional_information.json', 'profile_photos.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'autofill details, notes, professional account and profile photo files: no access or location data' },
  },
  {
    id: 'contacts', label: 'synced contacts', files: ['synced_contacts.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: "contacts synced from your phone: other people's names and numbers, no access data" },
  },
  {
    id: 'searches', label: 'search',
    files: ['account_searches.json', 'profile_searches.json', 'word_or_phrase_searches.json', 'keyword_searches.json', 'tag_searches.json'],
    rootKeys: ['searches_user', 'searches_keyword', 'searches_hashtag'], rootList: true, time: LABELLED_TIME,
    roles: { text: [...SEARCH, 'value', 'title'] },
    map: { type: 'event', kind: 'search', title: ['Searched for “{text}”', 'Searched'] },
  },
  // ------------------------------------------------------------------ known, not analysed
  {
    id: 'profile-insights', label: 'profile information', files: ['instagram_profile_information.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'account statistics (first country code, contact syncing): not analysed' },
  },
  {
    id: 'saved', label: 'saved items', files: ['saved_posts.json', 'saved_collections.json', 'liked_comments.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'saved posts and liked comments: no access or location data' },
  },
  {
    id: 'interests', label: 'ad interests', files: ['ads_interests.json', 'your_topics.json', 'see_less_topics.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'inferred interest topics: not analysed' },
  },
  {
    id: 'lead-forms', label: 'lead forms', files: ["information_you've_submitted_to_advertisers.json"], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'forms you filled in for advertisers: not analysed' },
  },
  {
    id: 'device-extras', label: 'device extras', files: ['camera_information.json', 'linked_meta_accounts.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'camera and linked-account details: keys not established [L], not analysed' },
  },
];
