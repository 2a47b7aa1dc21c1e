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
import { AUDIENCE_FLAGS, MESSAGE_ROW } from '../meta/shared-rows';
import { EVENT_TYPE, NAME } from '../meta/labels';

const secs = (...keys: readonly string[]): TimeKey[] => keys.map((k): TimeKey => [k, 's']);

/**
 * `action` text → kind. Order matters: "Log out"/"Déconnexion" before "Login"/"Connexion".
 * English [H]; French, German, Dutch, Spanish, Italian, Swedish [L].
 */
export const ACTION_RULES: readonly ActionRule[] = [
  { match: /^\s*(log\s?-?out|logged out|sign(ed)?\s?out|d[ée]connexion|abmeld|uitlog|afmeld|cerrar sesi[oó]n|disconnessione|utloggning|logga ut)/i, kind: 'logout' },
  { match: /password|mot de passe|passwort|wachtwoord|contraseña|lösenord/i, kind: 'password_change' },
  { match: /^\s*(log\s?-?in|logged in|sign(ed)?\s?in|connexion|anmeld|inlog|aanmeld|iniciar sesi[oó]n|inicio de sesi[oó]n|accesso|inloggning|logga in)/i, kind: 'login' },
  { match: /session|sitzung|sessie|sesi[oó]n|sessione/i, kind: 'session' },
];

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
    },
  },
  {
    id: 'off-facebook', label: 'off-Facebook activity', files: ['your_off-facebook_activity.json', 'your_activity_off_meta_technologies.json'],
    rootKeys: ['off_facebook_activity_v2', 'off_facebook_activity', 'apps_and_websites_off_meta_activity'], rootList: true,
    time: [['timestamp', 's'], ['timestamp_ms', 'ms'], ['Timestamp', 's'], ['Time', 's']],
    roles: { source: ['name', 'title', ...NAME], event: ['type', ...EVENT_TYPE] },
    map: { type: 'off-platform' },
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
  },
  {
    id: 'other-photos', label: 'photo', files: ['your_uncategorized_photos.json'], rootKeys: ['other_photos_v2'], rootList: true, // [L]
    time: secs('creation_timestamp', 'timestamp'), roles: {}, map: { type: 'media', title: ['Uploaded a photo “{text}”', 'Uploaded a photo'] },
  },
  {
    id: 'videos', label: 'video', files: ['your_videos.json'], rootKeys: ['videos_v2'], rootList: true, // [L]
    time: secs('creation_timestamp', 'timestamp'), roles: {}, map: { type: 'media', title: ['Uploaded a video “{text}”', 'Uploaded a video'] },
  },
  MESSAGE_ROW,
  // ------------------------------------------------------------------ known, not analysed
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
