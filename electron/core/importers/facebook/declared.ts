/**
 * The Facebook JSON export, declared in the common spec format (common/spec-format.ts;
 * reference/export-formats.md §3): pre-2024 (top-level `profile_information/`, `posts/`,
 * `messages/`, `security_and_login_information/`) and 2024+ (`personal_information/…`,
 * `your_facebook_activity/…`) layouts, found by file name. This is the source the Facebook reader
 * consumes (meta/compile.ts turns it and rules.ts into the rows meta/read-member.ts runs). Records
 * are plain objects with English keys (`ip_address`, `timestamp`, unix seconds); root keys end
 * in `_v2`. `action` values are localized ("Login"/"Log out"/"Connexion"), so the event kind
 * comes from the action rules of rules.ts (meta/shared-rows.ts ACCESS_ACTIONS: the English words
 * [H] and our guesses for other languages [L]); titles keep the action verbatim
 * (`Connexion · 90.24.117.8`). Members are tried in order: the first whose pattern matches a path reads it.
 *
 * Members resting on [L] fields say so; every such field is read defensively (missing → left out).
 */
import type { MemberSpec, PlatformSpec } from '../common/spec-format';
import {
  ignoredIn, listsIn, listsOrRootList, parsedIn, rootList, rootRecordOrList, secs, timeOf, wholeAt, type MetaMapperId,
} from '../meta/declared';
import { CREATED, PERMISSIONS, RECEIVED_ON } from '../meta/labels';
import { messageMember } from '../meta/shared-rows';

const SOURCE = 'reference/export-formats.md §3 (Facebook)';
const parsed = parsedIn(SOURCE);
const ignored = ignoredIn(SOURCE);

const ADDRESS = ['ip_address', 'ip'] as const;
const TIMESTAMP = timeOf(secs('timestamp'));
/** The kinds the access action rules (meta/shared-rows.ts ACCESS_ACTIONS) pick, after the default. */
const ACCESS_KINDS = ['event:logout', 'event:password_change', 'event:login', 'event:session'] as const;
const PHOTO_TIME = timeOf(secs('creation_timestamp', 'timestamp'));

const members: MemberSpec<MetaMapperId>[] = [
  // ------------------------------------------------------------------ profile (read first)
  // One object under `profile_v2`, delivered whole (refused above WHOLE_MAX_BYTES).
  parsed({
    id: 'profile', holds: 'profile', files: ['profile_information.json'], items: wholeAt('profile_v2'),
    record: { becomes: ['fact:profile', 'event:security'], time: timeOf(secs('registration_timestamp')), mapperId: 'profile' },
    // Known, not facts of their own: the name's parts (full_name is read), birth date, pronoun,
    // when city and hometown were set, and the profile's own facebook.com address.
    consumed: ['name.first_name', 'name.middle_name', 'name.last_name', 'birthday', 'gender.pronoun', 'current_city.timestamp', 'hometown.timestamp', 'profile_uri'],
  }),
  // ------------------------------------------------------------------ access (security_and_login_information/)
  parsed({
    id: 'account-activity', holds: 'account activity', files: ['account_activity.json'], items: listsOrRootList('account_activity_v2'),
    // user_agent and datr_cookie: [L]
    record: { becomes: ['event:security', ...ACCESS_KINDS], time: TIMESTAMP, ip: ADDRESS, device: ['user_agent'], mapperId: 'event' },
  }),
  parsed({
    id: 'logins-and-logouts', holds: 'login or logout', files: ['logins_and_logouts.json'], items: listsOrRootList('account_accesses_v2'),
    record: { becomes: ['event:session', 'event:logout', 'event:password_change', 'event:login'], time: TIMESTAMP, ip: ADDRESS, mapperId: 'event' },
  }),
  parsed({
    id: 'active-sessions', holds: 'active session', files: ["where_you're_logged_in.json"], items: listsOrRootList('active_sessions_v2'),
    record: {
      becomes: ['event:session'], time: timeOf(secs('created_timestamp', 'updated_timestamp', 'timestamp')), ip: ADDRESS,
      device: ['user_agent', 'device'], mapperId: 'event',
    },
  }),
  // Always `session`, whatever the action: these addresses repeat the login lists above, and
  // counting them as logins would count one sign-in up to three times.
  parsed({
    id: 'used-ips', holds: 'used IP address', files: ['ip_address_activity.json'], items: listsOrRootList('used_ip_address_v2'),
    record: { becomes: ['event:session'], time: TIMESTAMP, ip: ['ip', 'ip_address'], mapperId: 'event' },
  }),
  parsed({
    id: 'login-protection', holds: 'login protection', files: ['login_protection_data.json'], items: listsOrRootList('login_protection_data_v2'),
    record: {
      becomes: ['event:session'], time: timeOf(secs('session.created_timestamp', 'session.updated_timestamp', 'created_timestamp', 'timestamp')),
      ip: ['session.ip_address', 'ip_address'], mapperId: 'event',
    },
  }),
  parsed({
    id: 'admin-records', holds: 'account record', files: ['record_details.json'], items: listsOrRootList('admin_records_v2'),
    record: {
      becomes: ['event:security', ...ACCESS_KINDS], time: timeOf(secs('session.created_timestamp', 'timestamp')),
      ip: ['session.ip_address', 'ip_address'], device: ['session.user_agent'], mapperId: 'event',
    },
  }),
  parsed({
    id: 'mobile-devices', holds: 'mobile device', files: ['mobile_devices.json'], items: listsOrRootList('devices_v2'),
    record: {
      becomes: ['fact:device', 'event:device_seen'], time: timeOf(secs('update_time', 'timestamp')), // update_time and advertiser_id: [L]
      device: ['type', 'os'], mapperId: 'fact',
    },
    consumed: ['device_locale'], // the device's language setting
  }),
  // ------------------------------------------------------------------ apps, ads, off-Facebook
  parsed({
    id: 'apps', holds: 'authorised app',
    files: ['apps_and_websites.json', 'connected_apps_and_websites.json'], // second name: a 2024 rename we guess [L]
    items: listsOrRootList('installed_apps_v2', 'installed_apps'),
    // Removing an app ends its access: a security event of its own [H: facebook-2024 layout].
    record: { becomes: ['fact:app', 'event:app_authorised', 'event:security'], time: timeOf(secs('added_timestamp')), mapperId: 'fact' },
  }),
  // One `label_values` record at the root [H: facebook-2024-off-facebook-only-polish layout]:
  // the permissions granted (`vec` of values) and when (`Data utworzenia` = created).
  parsed({
    id: 'app-permissions', holds: 'app permissions', files: ['permissions_you_have_granted_to_apps.json'], items: rootRecordOrList(),
    record: { becomes: ['event:security'], time: timeOf(secs(...CREATED)), text: PERMISSIONS, mapperId: 'event' },
  }),
  parsed({
    id: 'off-facebook', holds: 'off-Facebook activity', files: ['your_off-facebook_activity.json', 'your_activity_off_meta_technologies.json'],
    items: listsOrRootList('off_facebook_activity_v2', 'off_facebook_activity', 'apps_and_websites_off_meta_activity'),
    record: {
      becomes: ['event:off_platform'], time: timeOf([['timestamp', 's'], ['timestamp_ms', 'ms'], ['Timestamp', 's'], ['Time', 's'], ...secs(...RECEIVED_ON)]),
      mapperId: 'off-platform',
    },
    consumed: ['id', 'ID'], // Meta's id of the app or event (the events inside are walked like records)
  }),
  parsed({
    id: 'advertisers', holds: 'advertiser', files: ['advertisers_using_your_activity_or_information.json'],
    items: listsOrRootList('custom_audiences_all_types_v2', 'ig_custom_audiences_all_types'),
    record: { becomes: ['fact:advertiser'], mapperId: 'fact' },
  }),
  parsed({
    id: 'contact-list-advertisers', holds: 'advertiser with your contact information',
    files: ['advertisers_who_uploaded_a_contact_list_with_your_information.json'], items: listsOrRootList('custom_audiences_v2'),
    record: { becomes: ['fact:advertiser'], mapperId: 'names' },
  }),
  parsed({
    id: 'ads-interacted', holds: 'ad interaction', files: ["advertisers_you've_interacted_with.json"], items: listsOrRootList('history_v2'),
    record: { becomes: ['event:ad_impression', 'event:ad_click'], time: TIMESTAMP, text: ['title'], mapperId: 'event' },
  }),
  parsed({
    id: 'ad-interests', holds: 'ad interest', files: ['ads_interests.json'], items: listsOrRootList('topics_v2', 'topics'),
    record: { becomes: ['fact:ad_interest'], mapperId: 'names' },
  }),
  // ------------------------------------------------------------------ own content
  parsed({
    id: 'posts', holds: 'post', files: [/(^|\/)your_posts(__check_ins__photos_and_videos)?_\d+\.json$/i], items: rootList(),
    record: { becomes: ['event:post'], time: timeOf(secs('timestamp', 'creation_timestamp')), mapperId: 'media' },
  }),
  parsed({
    id: 'album-photos', holds: 'photo', files: [/(^|\/)(photos_and_videos|posts)\/album\/\d+\.json$/i], items: listsIn('photos'),
    record: { becomes: ['event:post'], time: PHOTO_TIME, mapperId: 'media' },
    consumed: ['name', 'cover_photo', 'last_modified_timestamp', 'description'], // the album's own name, cover (one of its photos) and edit time
  }),
  parsed({
    id: 'other-photos', holds: 'photo', files: ['your_uncategorized_photos.json'], items: listsOrRootList('other_photos_v2'), // [L]
    record: { becomes: ['event:post'], time: PHOTO_TIME, mapperId: 'media' },
  }),
  parsed({
    id: 'videos', holds: 'video', files: ['your_videos.json'], items: listsOrRootList('videos_v2'), // [L]
    record: { becomes: ['event:post'], time: PHOTO_TIME, mapperId: 'media' },
  }),
  // ------------------------------------------------------------------ connections/ [L]: names and keys after reference §3
  parsed({
    id: 'friends', holds: 'friend', files: ['your_friends.json', 'friends.json'], items: listsOrRootList('friends_v2', 'friends'),
    record: { becomes: ['event:follow'], time: TIMESTAMP, mapperId: 'event' },
  }),
  parsed({
    id: 'friend-requests-received', holds: 'friend request received', files: ['received_friend_requests.json'],
    items: listsOrRootList('received_requests_v2'), record: { becomes: ['event:follower'], time: TIMESTAMP, mapperId: 'event' },
  }),
  parsed({
    id: 'friend-requests-sent', holds: 'friend request sent', files: ['sent_friend_requests.json'],
    items: listsOrRootList('sent_requests_v2'), record: { becomes: ['event:follow'], time: TIMESTAMP, mapperId: 'event' },
  }),
  parsed({
    id: 'friends-removed', holds: 'removed friend', files: ['removed_friends.json'], items: listsOrRootList('deleted_friends_v2'),
    record: { becomes: ['event:other'], time: TIMESTAMP, mapperId: 'event' },
  }),
  parsed({
    id: 'following', holds: 'followed profile', files: ['who_you_follow.json', 'following.json'], items: listsOrRootList('following_v3', 'following_v2'),
    record: { becomes: ['event:follow'], time: TIMESTAMP, mapperId: 'event' },
  }),
  messageMember(SOURCE),
  // ------------------------------------------------------------------ known, not analysed
  ignored('no-data', 'empty section', ['no-data.txt'], "Meta's marker for a section without data"),
  ignored('browser-cookies', 'browser cookies', ['browser_cookies.json'], 'browser cookie statistics: keys not established [L], not analysed'),
  ignored('activity-history', 'activity history', ['your_facebook_activity_history.json'], 'last-activity summary: keys not established [L], not analysed'),
  ignored(
    'locations', 'locations', ['primary_location.json', 'last_location.json', 'primary_public_location.json'],
    'inferred locations: layout not established [L], not analysed',
  ),
];

export const FACEBOOK_SPEC: PlatformSpec<MetaMapperId> = {
  platform: 'facebook',
  importers: ['facebook-json'],
  readers: 'declared',
  members,
};
