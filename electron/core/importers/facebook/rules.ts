/**
 * What the Facebook reader needs beyond the declared spec (declared.ts), keyed by its member ids
 * (meta/rules.ts MetaRule): the keys of roles the common format has no slot for (action, cookie,
 * city, site, counterpart…), how the declared device keys split, the action rules that pick an
 * event's kind from its localized `action` text, title and text templates, the fact, profile and
 * names rules, and which files coverage expects.
 */
import { secs } from '../meta/declared';
import { EVENT_TYPE, NAME } from '../meta/labels';
import type { MetaRule } from '../meta/rules';
import { ACCESS_ACTIONS, AUDIENCE_FLAGS, MESSAGE_RULE } from '../meta/shared-rows';
import type { ActionRule } from '../meta/spec-types';

/** `action` text → kind (shared with Instagram's profile activity: meta/shared-rows.ts). */
export const ACTION_RULES: readonly ActionRule[] = ACCESS_ACTIONS;

export const FACEBOOK_RULES: Readonly<Record<string, MetaRule>> = {
  // ------------------------------------------------------------------ profile
  profile: {
    profile: {
      fields: {
        Name: ['name.full_name'], Username: ['username'], Email: ['emails.emails'], 'Current city': ['current_city.name'],
        Hometown: ['hometown.name'], Gender: ['gender.gender_option', 'gender.custom_gender'],
      },
      owner: ['name.full_name', 'username'],
      created: { title: 'Facebook account created' },
    },
    expected: true,
  },
  // ------------------------------------------------------------------ access
  'account-activity': {
    // datr_cookie: [L]
    roles: { action: ['action'], cookie: ['datr_cookie'], city: ['city'], region: ['region'], country: ['country'], site: ['site_name'] },
    device: { userAgent: ['user_agent'] },
    actions: ACTION_RULES,
    title: ['{action} · {ip} ({city}, {country})', '{action} · {ip}', '{action}', 'Account activity'],
    text: ['{site} · {userAgent}', '{site}', '{userAgent}'],
    expected: true,
  },
  'logins-and-logouts': {
    roles: { action: ['action'], site: ['site'] }, actions: ACTION_RULES,
    title: ['{action} · {ip} ({site})', '{action} · {ip}', '{action}', 'Account access'],
  },
  'active-sessions': {
    // `app` is Meta's own client ("Facebook for iPhone"), not a third-party app: kept as text.
    roles: { cookie: ['datr_cookie'], location: ['location'], site: ['app'], sessionType: ['session_type'] },
    device: { userAgent: ['user_agent'], deviceText: ['device'] },
    title: ['Session on {deviceText} from {location}', 'Session from {ip} ({location})', 'Session from {ip}', 'Session'],
    text: ['{site} · {sessionType}', '{site}', '{sessionType}'],
  },
  // Always `session`, whatever the action (no action rules): these addresses repeat the login
  // lists, and counting them as logins would count one sign-in up to three times.
  'used-ips': {
    roles: { action: ['action'] },
    title: ['Used IP address {ip} ({action})', 'Used IP address {ip}', 'Used an IP address'],
  },
  'login-protection': { roles: { name: ['name'] }, title: ['Login protection data: {name}', 'Login protection data'] },
  'admin-records': {
    roles: { action: ['event', 'action'], cookie: ['session.datr_cookie'] }, device: { userAgent: ['session.user_agent'] },
    actions: ACTION_RULES, title: ['{action} · {ip}', '{action}', 'Account record'],
  },
  'mobile-devices': {
    roles: { advertiserId: ['advertiser_id'] }, // [L]
    device: { model: ['type'], system: ['os'] },
    fact: {
      name: ['{model} ({system})', '{model}', 'Mobile device'],
      also: { kind: 'device_seen', title: ['Device updated: {model} ({system})', 'Device updated: {model}', 'Device updated'] },
    },
  },
  // ------------------------------------------------------------------ apps, ads, off-Facebook
  apps: {
    roles: { app: ['name'], category: ['category'] },
    fact: {
      name: ['{app}'], value: ['{category}'],
      details: { 'App-scoped user ID': ['user_app_scoped_id'] },
      detailTimes: { Added: secs('added_timestamp'), Removed: secs('removed_timestamp') },
      also: { kind: 'app_authorised', title: ['Authorised {name}'] },
      // Removing an app ends its access: a security event of its own [H: facebook-2024 layout].
      alsoAt: [{ kind: 'security', time: secs('removed_timestamp'), title: ['Removed {name}'] }],
    },
  },
  'app-permissions': {
    rootKeys: ['permissions_v2'],
    title: ['Permissions granted to apps: {text}', 'Permissions granted to apps'],
  },
  'off-facebook': { roles: { source: ['name', 'title', ...NAME], event: ['type', ...EVENT_TYPE] } },
  advertisers: {
    roles: { advertiser: ['advertiser_name', 'name', 'title'] },
    fact: { name: ['{advertiser}'], flags: AUDIENCE_FLAGS },
  },
  'contact-list-advertisers': { roles: { name: ['advertiser_name', 'name', 'title'] }, names: { value: 'uploaded a contact list with your information' } },
  'ads-interacted': {
    roles: { action: ['action'] },
    actions: [{ match: /click|klick|clic|cliq/i, kind: 'ad_click' }], // English [H]; German, French [L]
    title: ['{action}: {text}', 'Ad: {text}', 'Ad interaction'],
  },
  'ad-interests': { roles: { name: ['name', 'title'] } },
  // ------------------------------------------------------------------ own content
  posts: { title: ['Posted “{text}”', 'Posted'] },
  'album-photos': { title: ['Uploaded a photo “{text}”', 'Uploaded a photo'] },
  'other-photos': { title: ['Uploaded a photo “{text}”', 'Uploaded a photo'] },
  videos: { title: ['Uploaded a video “{text}”', 'Uploaded a video'] },
  // ------------------------------------------------------------------ connections/ [L]
  friends: { roles: { counterpart: ['name'] }, title: ['Became friends with {counterpart}', 'New friend'] },
  'friend-requests-received': { roles: { counterpart: ['name'] }, title: ['Friend request from {counterpart}', 'Friend request received'] },
  'friend-requests-sent': { roles: { counterpart: ['name'] }, title: ['Sent a friend request to {counterpart}', 'Friend request sent'] },
  'friends-removed': { roles: { counterpart: ['name'] }, title: ['Removed {counterpart} from friends', 'Removed a friend'] },
  following: { roles: { counterpart: ['name', 'title'] }, title: ['Followed {counterpart}', 'Followed a profile'] },
  messages: MESSAGE_RULE,
};
