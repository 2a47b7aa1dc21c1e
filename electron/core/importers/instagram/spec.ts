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
  AUTHOR, CITY_NAME, COMMENT, COOKIE_NAME, DEVICE, DEVICE_ID, EVENT_TYPE, IP_ADDRESS, LANGUAGE_CODE, LAST_LOGIN,
  MEDIA_OWNER, NAME, SEARCH, TIME, URL_LABEL, USER_AGENT, USERNAME,
} from '../meta/labels';
import { AUDIENCE_FLAGS, MESSAGE_ROW } from '../meta/shared-rows';
import type { MetaFileSpec, TimeKey } from '../meta/spec-types';

const secs = (...keys: readonly string[]): TimeKey[] => keys.map((k): TimeKey => [k, 's']);

/** A record's time: its `Time` label (any language), then a plain `timestamp`. */
const LABELLED_TIME: readonly TimeKey[] = [...secs(...TIME), ['timestamp', 's']];
/** Login-type records also carry the time as ISO text in `title` (`2024-03-01T10:20:30+00:00`). */
const ACCESS_TIME: readonly TimeKey[] = [...LABELLED_TIME, ['title', 'text']];
const MEDIA_TIME: readonly TimeKey[] = secs('creation_timestamp', 'timestamp', ...TIME);

const ACCESS_ROLES = { ip: IP_ADDRESS, userAgent: USER_AGENT, cookie: COOKIE_NAME, language: LANGUAGE_CODE } as const;
const ACCESS_TEXT = ['{userAgent} · language {language}', '{userAgent}', 'language {language}'] as const;

export const INSTAGRAM_SPECS: readonly MetaFileSpec[] = [
  // ------------------------------------------------------------------ profile (read first)
  {
    id: 'profile', label: 'profile', files: ['personal_information.json'], rootKeys: ['profile_user'], rootList: true,
    roles: {}, map: { type: 'profile', owner: [...NAME, ...USERNAME] }, expected: true,
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
    id: 'signup', label: 'sign-up', files: ['signup_information.json'], // [L] field list
    rootKeys: ['account_history_registration_info'], rootList: true, time: LABELLED_TIME,
    roles: { ip: IP_ADDRESS, username: USERNAME, deviceText: DEVICE },
    map: { type: 'event', kind: 'security', title: ['Account created ({username}) from {ip}', 'Account created from {ip}', 'Account created'] },
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
    time: [['timestamp', 's'], ...secs(...TIME), ['timestamp_ms', 'ms']],
    roles: { source: ['name', 'title', ...NAME], event: ['type', ...EVENT_TYPE] },
    map: { type: 'off-platform' },
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
    id: 'interests', label: 'ad interests', files: ['ads_interests.json', 'your_topics.json'], rootKeys: [], roles: {},
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
