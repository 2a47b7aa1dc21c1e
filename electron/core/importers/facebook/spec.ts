/**
 * The Facebook JSON export, declared (reference/export-formats.md §3): pre-2024 (top-level
 * `profile_information/`, `posts/`, `messages/`, `security_and_login_information/`) and 2024+
 * (`personal_information/…`, `your_facebook_activity/…`) layouts, found by file name. Records
 * are plain objects with English keys (`ip_address`, `timestamp`, unix seconds); root keys end
 * in `_v2`. `action` values are localized ("Login"/"Log out"/"Connexion"), so the event kind
 * comes from ACTION_RULES, which hold the English words [H] and our guesses for other languages
 * [L]; titles keep the action verbatim (`Connexion · 90.24.117.8`).
 *
 * Rows resting on [L] fields say so; every such field is read defensively (missing → left out).
 */
import type { ActionRule, MetaFileSpec, TimeKey } from '../meta/spec-types';
import { ACCESS_ACTIONS, AUDIENCE_FLAGS, MESSAGE_ROW } from '../meta/shared-rows';
import { CREATED, EVENT_TYPE, NAME, PERMISSIONS, RECEIVED_ON } from '../meta/labels';

const secs = (...keys: readonly string[]): TimeKey[] => keys.map((k): TimeKey => [k, 's']);

/** `action` text → kind (shared with Instagram's profile activity: meta/shared-rows.ts). */
export const ACTION_RULES: readonly ActionRule[] = ACCESS_ACTIONS;

const ADDRESS = ['ip_address', 'ip'] as const;

export const FACEBOOK_SPECS: readonly MetaFileSpec[] = [
  // ------------------------------------------------------------------ profile (read first)
  {
    id: 'profile', label: 'profile', files: ['profile_information.json'], rootKeys: ['profile_v2'], whole: true,
    time: secs('registration_timestamp'), roles: {},
    map: {
      type: 'profile',
      fields: {
        Name: ['name.full_name'], Username: ['username'], Email: ['emails.emails'], 'Current city': ['current_city.name'],
        Hometown: ['hometown.name'], Gender: ['gender.gender_option', 'gender.custom_gender'],
      },
      owner: ['name.full_name', 'username'],
      created: { title: 'Facebook account created' },
    },
    expected: true,
    // Known, not facts of their own: the name's parts (full_name is read), birth date, pronoun,
    // when city and hometown were set, and the profile's own facebook.com address.
    skip: ['name.first_name', 'name.middle_name', 'name.last_name', 'birthday', 'gender.pronoun', 'current_city.timestamp', 'hometown.timestamp', 'profile_uri'],
  },
  // ------------------------------------------------------------------ access (security_and_login_information/)
  {
    id: 'account-activity', label: 'account activity', files: ['account_activity.json'], rootKeys: ['account_activity_v2'], rootList: true,
    time: secs('timestamp'),
    // user_agent and datr_cookie: [L]
    roles: { action: ['action'], ip: ADDRESS, userAgent: ['user_agent'], cookie: ['datr_cookie'], city: ['city'], region: ['region'], country: ['country'], site: ['site_name'] },
    map: {
      type: 'event', kind: 'security', actions: ACTION_RULES,
      title: ['{action} · {ip} ({city}, {country})', '{action} · {ip}', '{action}', 'Account activity'],
      text: ['{site} · {userAgent}', '{site}', '{userAgent}'],
    },
    expected: true,
  },
  {
    id: 'logins-and-logouts', label: 'login or logout', files: ['logins_and_logouts.json'], rootKeys: ['account_accesses_v2'], rootList: true,
    time: secs('timestamp'), roles: { action: ['action'], ip: ADDRESS, site: ['site'] },
    map: { type: 'event', kind: 'session', actions: ACTION_RULES, title: ['{action} · {ip} ({site})', '{action} · {ip}', '{action}', 'Account access'] },
  },
  {
    id: 'active-sessions', label: 'active session', files: ["where_you're_logged_in.json"],
    rootKeys: ['active_sessions_v2'], rootList: true, time: secs('created_timestamp', 'updated_timestamp', 'timestamp'),
    // `app` is Meta's own client ("Facebook for iPhone"), not a third-party app: kept as text.
    roles: { ip: ADDRESS, userAgent: ['user_agent'], cookie: ['datr_cookie'], deviceText: ['device'], location: ['location'], site: ['app'], sessionType: ['session_type'] },
    map: {
      type: 'event', kind: 'session',
      title: ['Session on {deviceText} from {location}', 'Session from {ip} ({location})', 'Session from {ip}', 'Session'],
      text: ['{site} · {sessionType}', '{site}', '{sessionType}'],
    },
  },
  {
    id: 'used-ips', label: 'used IP address', files: ['ip_address_activity.json'], rootKeys: ['used_ip_address_v2'], rootList: true,
    // Always `session`, whatever the action: these addresses repeat the login lists above, and
    // counting them as logins would count one sign-in up to three times.
    time: secs('timestamp'), roles: { ip: ['ip', 'ip_address'], action: ['action'] },
    map: { type: 'event', kind: 'session', title: ['Used IP address {ip} ({action})', 'Used IP address {ip}', 'Used an IP address'] },
  },
  {
    id: 'login-protection', label: 'login protection', files: ['login_protection_data.json'], rootKeys: ['login_protection_data_v2'],
    rootList: true, time: secs('session.created_timestamp', 'session.updated_timestamp', 'created_timestamp', 'timestamp'),
    roles: { ip: ['session.ip_address', 'ip_address'], name: ['name'] },
    map: { type: 'event', kind: 'session', title: ['Login protection data: {name}', 'Login protection data'] },
  },
  {
    id: 'admin-records', label: 'account record', files: ['record_details.json'],
    rootKeys: ['admin_records_v2'], rootList: true, time: secs('session.created_timestamp', 'timestamp'),
    roles: { action: ['event', 'action'], ip: ['session.ip_address', 'ip_address'], userAgent: ['session.user_agent'], cookie: ['session.datr_cookie'] },
    map: { type: 'event', kind: 'security', actions: ACTION_RULES, title: ['{action} · {ip}', '{action}', 'Account record'] },
  },
  {
    id: 'mobile-devices', label: 'mobile device', files: ['mobile_devices.json'], rootKeys: ['devices_v2'], rootList: true,
    time: secs('update_time', 'timestamp'), // update_time and advertiser_id: [L]
    roles: { model: ['type'], system: ['os'], advertiserId: ['advertiser_id'] },
    skip: ['device_locale'], // the device's language setting
    map: {
      type: 'fact', fact: 'device', name: ['{model} ({system})', '{model}', 'Mobile device'],
      also: { kind: 'device_seen', title: ['Device updated: {model} ({system})', 'Device updated: {model}', 'Device updated'] },
    },
  },
  // ------------------------------------------------------------------ apps, ads, off-Facebook
  {
    id: 'apps', label: 'authorised app',
    files: ['apps_and_websites.json', 'connected_apps_and_websites.json'], // second name: a 2024 rename we guess [L]
    rootKeys: ['installed_apps_v2', 'installed_apps'], rootList: true, time: secs('added_timestamp'),
    roles: { app: ['name'], category: ['category'] },
    map: {
      type: 'fact', fact: 'app', name: ['{app}'], value: ['{category}'],
      details: { 'App-scoped user ID': ['user_app_scoped_id'] },
      detailTimes: { Added: secs('added_timestamp'), Removed: secs('removed_timestamp') },
      also: { kind: 'app_authorised', title: ['Authorised {name}'] },
      // Removing an app ends its access: a security event of its own [H: facebook-2024 layout].
      alsoAt: [{ kind: 'security', time: secs('removed_timestamp'), title: ['Removed {name}'] }],
    },
  },
  {
    // One `label_values` record at the root [H: facebook-2024-off-facebook-only-polish layout]:
    // the permissions granted (`vec` of values) and when (`Data utworzenia` = created).
    id: 'app-permissions', label: 'app permissions', files: ['permissions_you_have_granted_to_apps.json'],
    rootKeys: ['permissions_v2'], rootList: true, rootRecord: true, time: secs(...CREATED), roles: { text: PERMISSIONS },
    map: { type: 'event', kind: 'security', title: ['Permissions granted to apps: {text}', 'Permissions granted to apps'] },
  },
  {
    id: 'off-facebook', label: 'off-Facebook activity', files: ['your_off-facebook_activity.json', 'your_activity_off_meta_technologies.json'],
    rootKeys: ['off_facebook_activity_v2', 'off_facebook_activity', 'apps_and_websites_off_meta_activity'], rootList: true,
    time: [['timestamp', 's'], ['timestamp_ms', 'ms'], ['Timestamp', 's'], ['Time', 's'], ...secs(...RECEIVED_ON)],
    roles: { source: ['name', 'title', ...NAME], event: ['type', ...EVENT_TYPE] },
    map: { type: 'off-platform' },
    skip: ['id', 'ID'], // Meta's id of the app or event (the events inside are walked like records)
  },
  {
    id: 'advertisers', label: 'advertiser', files: ['advertisers_using_your_activity_or_information.json'],
    rootKeys: ['custom_audiences_all_types_v2', 'ig_custom_audiences_all_types'], rootList: true,
    roles: { advertiser: ['advertiser_name', 'name', 'title'] },
    map: { type: 'fact', fact: 'advertiser', name: ['{advertiser}'], flags: AUDIENCE_FLAGS },
  },
  {
    id: 'contact-list-advertisers', label: 'advertiser with your contact information',
    files: ['advertisers_who_uploaded_a_contact_list_with_your_information.json'], rootKeys: ['custom_audiences_v2'], rootList: true,
    roles: { name: ['advertiser_name', 'name', 'title'] },
    map: { type: 'names', fact: 'advertiser', value: 'uploaded a contact list with your information' },
  },
  {
    id: 'ads-interacted', label: 'ad interaction', files: ["advertisers_you've_interacted_with.json"], rootKeys: ['history_v2'], rootList: true,
    time: secs('timestamp'), roles: { text: ['title'], action: ['action'] },
    map: {
      type: 'event', kind: 'ad_impression', actions: [{ match: /click|klick|clic|cliq/i, kind: 'ad_click' }], // English [H]; German, French [L]
      title: ['{action}: {text}', 'Ad: {text}', 'Ad interaction'],
    },
  },
  {
    id: 'ad-interests', label: 'ad interest', files: ['ads_interests.json'], rootKeys: ['topics_v2', 'topics'], rootList: true,
    roles: { name: ['name', 'title'] }, map: { type: 'names', fact: 'ad_interest' },
  },
  // ------------------------------------------------------------------ own content
  {
    id: 'posts', label: 'post', files: [/(^|\/)your_posts(__check_ins__photos_and_videos)?_\d+\.json$/i], rootKeys: [], rootList: true,
    time: secs('timestamp', 'creation_timestamp'), roles: {}, map: { type: 'media', title: ['Posted “{text}”', 'Posted'] },
  },
  {
    id: 'album-photos', label: 'photo', files: [/(^|\/)(photos_and_videos|posts)\/album\/\d+\.json$/i], rootKeys: ['photos'],
    time: secs('creation_timestamp', 'timestamp'), roles: {}, map: { type: 'media', title: ['Uploaded a photo “{text}”', 'Uploaded a photo'] },
    skip: ['name', 'cover_photo', 'last_modified_timestamp', 'description'], // the album's own name, cover (one of its photos) and edit time
  },
  {
    id: 'other-photos', label: 'photo', files: ['your_uncategorized_photos.json'], rootKeys: ['other_photos_v2'], rootList: true, // [L]
    time: secs('creation_timestamp', 'timestamp'), roles: {}, map: { type: 'media', title: ['Uploaded a photo “{text}”', 'Uploaded a photo'] },
  },
  {
    id: 'videos', label: 'video', files: ['your_videos.json'], rootKeys: ['videos_v2'], rootList: true, // [L]
    time: secs('creation_timestamp', 'timestamp'), roles: {}, map: { type: 'media', title: ['Uploaded a video “{text}”', 'Uploaded a video'] },
  },
  // ------------------------------------------------------------------ connections/ [L]: names and keys after reference §3
  {
    id: 'friends', label: 'friend', files: ['your_friends.json', 'friends.json'], rootKeys: ['friends_v2', 'friends'], rootList: true,
    time: secs('timestamp'), roles: { counterpart: ['name'] },
    map: { type: 'event', kind: 'follow', title: ['Became friends with {counterpart}', 'New friend'] },
  },
  {
    id: 'friend-requests-received', label: 'friend request received', files: ['received_friend_requests.json'],
    rootKeys: ['received_requests_v2'], rootList: true, time: secs('timestamp'), roles: { counterpart: ['name'] },
    map: { type: 'event', kind: 'follower', title: ['Friend request from {counterpart}', 'Friend request received'] },
  },
  {
    id: 'friend-requests-sent', label: 'friend request sent', files: ['sent_friend_requests.json'],
    rootKeys: ['sent_requests_v2'], rootList: true, time: secs('timestamp'), roles: { counterpart: ['name'] },
    map: { type: 'event', kind: 'follow', title: ['Sent a friend request to {counterpart}', 'Friend request sent'] },
  },
  {
    id: 'friends-removed', label: 'removed friend', files: ['removed_friends.json'], rootKeys: ['deleted_friends_v2'], rootList: true,
    time: secs('timestamp'), roles: { counterpart: ['name'] },
    map: { type: 'event', kind: 'other', title: ['Removed {counterpart} from friends', 'Removed a friend'] },
  },
  {
    id: 'following', label: 'followed profile', files: ['who_you_follow.json', 'following.json'], rootKeys: ['following_v3', 'following_v2'],
    rootList: true, time: secs('timestamp'), roles: { counterpart: ['name', 'title'] },
    map: { type: 'event', kind: 'follow', title: ['Followed {counterpart}', 'Followed a profile'] },
  },
  MESSAGE_ROW,
  // ------------------------------------------------------------------ known, not analysed
  {
    id: 'no-data', label: 'empty section', files: ['no-data.txt'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: "Meta's marker for a section without data" },
  },
  {
    id: 'browser-cookies', label: 'browser cookies', files: ['browser_cookies.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'browser cookie statistics: keys not established [L], not analysed' },
  },
  {
    id: 'activity-history', label: 'activity history', files: ['your_facebook_activity_history.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'last-activity summary: keys not established [L], not analysed' },
  },
  {
    id: 'locations', label: 'locations', files: ['primary_location.json', 'last_location.json', 'primary_public_location.json'], rootKeys: [], roles: {},
    map: { type: 'ignore', reason: 'inferred locations: layout not established [L], not analysed' },
  },
];
