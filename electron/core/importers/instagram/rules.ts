/**
 * What the Instagram reader needs beyond the declared spec (declared.ts), keyed by its member ids
 * (meta/rules.ts MetaRule): the labels of roles the common format has no slot for (counterpart,
 * advertiser, cookie, language, port, location…), how the declared device keys split, title and
 * text templates, the fact and profile rules, and which files coverage expects.
 */
import {
  APP, APP_VERSION, AUTHOR, CITY_NAME, COOKIE_NAME, DEVICE, DEVICE_ID, EMAIL, EMAIL_ADDRESS, EVENT_TYPE, LANGUAGE_CODE, LAST_LOGIN,
  LATITUDE, LOCATION, LONGITUDE, MEDIA_OWNER, NAME, NEW_VALUE, OLD_VALUE, PORT, USER_AGENT, USERNAME,
} from '../meta/labels';
import { secs } from '../meta/declared';
import type { MetaRule } from '../meta/rules';
import { ACCESS_ACTIONS, AUDIENCE_FLAGS, MESSAGE_RULE } from '../meta/shared-rows';

/** Login and logout records: the declared IP and user agent, and these labels. */
const ACCESS_ROLES = { cookie: COOKIE_NAME, language: LANGUAGE_CODE, port: PORT } as const;
const ACCESS_TEXT = [
  '{userAgent} · language {language} · port {port}', '{userAgent} · language {language}', '{userAgent}', 'language {language}',
] as const;

/** An account in a `string_list_data` list (followers, requests): `value` is the username. */
const ACCOUNT = ['value', 'title', ...USERNAME] as const;

export const INSTAGRAM_RULES: Readonly<Record<string, MetaRule>> = {
  // ------------------------------------------------------------------ profile
  // Facts are prefixed so they do not mix with the Instagram profile's.
  'threads-profile': { profile: { owner: [], namePrefix: 'Threads: ', created: { title: 'Threads profile created' } } },
  profile: { profile: { owner: [...NAME, ...USERNAME] }, expected: true },
  'account-information': {
    fact: {
      name: ['Account statistics'],
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
  'account-based-in': { roles: { city: CITY_NAME }, fact: { name: ['Account based in'], value: ['{city}'] } },
  // ------------------------------------------------------------------ access
  logins: {
    roles: ACCESS_ROLES, device: { userAgent: USER_AGENT }, expected: true,
    title: ['Login from {ip}', 'Login'], text: ACCESS_TEXT,
  },
  logouts: { roles: ACCESS_ROLES, device: { userAgent: USER_AGENT }, title: ['Logout from {ip}', 'Logout'], text: ACCESS_TEXT },
  'password-changes': { title: ['Password changed'] },
  'privacy-changes': { title: ['Account privacy changed: {text}', 'Account privacy changed'] },
  signup: {
    roles: { username: USERNAME, email: [...EMAIL_ADDRESS, ...EMAIL] }, device: { deviceText: DEVICE },
    title: ['Account created ({username}) from {ip}', 'Account created from {ip}', 'Account created'],
    text: ['e-mail {email}'],
  },
  // The kind comes from `Type` (a login or logout, else `security`).
  'profile-activity': {
    roles: {
      action: EVENT_TYPE, port: PORT, site: APP, appVersion: APP_VERSION, location: LOCATION,
      email: EMAIL_ADDRESS, oldValue: OLD_VALUE, newValue: NEW_VALUE,
    },
    device: { userAgent: USER_AGENT },
    actions: ACCESS_ACTIONS,
    title: ['{action} from {ip} ({location})', '{action} from {ip}', '{action}: {oldValue} → {newValue}', '{action}: {newValue}', '{action}', 'Profile activity'],
    text: [
      '{site} {appVersion} · port {port}', '{site} · port {port}', '{site} {appVersion}', '{site}', 'port {port}', 'e-mail {email}',
    ],
  },
  // The precise coordinates when present, else the imprecise ones.
  'last-known-location': {
    roles: { lat: LATITUDE, lon: LONGITUDE },
    title: ['Last known location {lat}, {lon}', 'Last known location'],
  },
  // A device fact, and `device_seen` at the last active time from the last connected IP.
  'secret-conversation-devices': {
    roles: { manufacturer: ['device_manufacturer'] }, device: { model: ['device_model'], system: ['device_os_version'] },
    fact: {
      name: ['{manufacturer} {model}', '{model}', 'Encrypted-chat device'], value: ['{text}'],
      detailTimes: { 'Online since': secs('online_since') },
      also: { kind: 'device_seen', title: ['Encrypted-chat device last active: {name} from {ip}', 'Encrypted-chat device last active: {name}'] },
    },
  },
  devices: {
    device: { userAgent: USER_AGENT, deviceId: DEVICE_ID },
    fact: {
      name: ['Device {deviceId}', 'Device'], value: ['{userAgent}'],
      also: { kind: 'device_seen', title: ['Device last used: {userAgent}', 'Device last used'] },
    },
  },
  // ------------------------------------------------------------------ ads and off-Meta
  advertisers: {
    roles: { advertiser: ['advertiser_name', ...NAME, 'title'] },
    fact: { name: ['{advertiser}'], flags: AUDIENCE_FLAGS },
  },
  'off-meta': { roles: { source: ['name', 'title', ...NAME], event: ['type', ...EVENT_TYPE] } },
  'ads-viewed': { roles: { advertiser: AUTHOR }, title: ['Saw an ad from {advertiser}', 'Saw an ad'] },
  'ads-clicked': { roles: { advertiser: AUTHOR }, title: ['Clicked an ad from {advertiser}', 'Clicked an ad: {text}', 'Clicked an ad'] },
  'posts-viewed': { roles: { counterpart: AUTHOR }, title: ['Saw a post by {counterpart}', 'Saw a post'] },
  'videos-watched': { roles: { counterpart: AUTHOR }, title: ['Watched a video by {counterpart}', 'Watched a video'] },
  // ------------------------------------------------------------------ own content
  posts: { title: ['Posted “{text}”', 'Posted a photo or video'] },
  stories: { title: ['Shared a story “{text}”', 'Shared a story'] },
  messages: MESSAGE_RULE,
  'liked-posts': { roles: { counterpart: ['title', ...USERNAME] }, title: ['Liked a post by {counterpart}', 'Liked a post'] },
  comments: {
    roles: { counterpart: MEDIA_OWNER }, scanText: true,
    title: ['Commented on a post by {counterpart}: “{text}”', 'Commented “{text}”', 'Commented'],
  },
  followers: { roles: { counterpart: ACCOUNT }, title: ['{counterpart} followed you', 'New follower'] },
  following: { roles: { counterpart: ACCOUNT }, title: ['Followed {counterpart}', 'Followed an account'] },
  'follow-requests-sent': { roles: { counterpart: ACCOUNT }, title: ['Requested to follow {counterpart}', 'Follow request'] },
  unfollowed: { roles: { counterpart: ACCOUNT }, title: ['Unfollowed {counterpart}', 'Unfollowed an account'] },
  // Older exports (`blocked_accounts.json`) list the accounts under this key [L].
  blocked: {
    rootKeys: ['relationships_blocked_users'],
    roles: { counterpart: [...USERNAME, 'value', 'title', ...NAME] },
    title: ['Blocked {counterpart}', 'Blocked an account'],
  },
  'threads-follow-requests': { roles: { counterpart: ACCOUNT }, title: ['{counterpart} asked to follow you on Threads', 'Threads follow request'] },
  'threads-viewed': { roles: { counterpart: AUTHOR }, title: ['Saw a Threads post by {counterpart}', 'Saw a Threads post'] },
  'stories-viewed': { roles: { counterpart: USERNAME }, title: ['Viewed a story by {counterpart}', 'Viewed a story'] },
  'story-likes': { roles: { counterpart: ['title'] }, title: ['Liked a story by {counterpart}', 'Liked a story'] },
  'story-polls': { roles: { counterpart: ['title'] }, title: ['Answered a poll in a story by {counterpart}: “{text}”', 'Answered a story poll'] },
  'not-interested': { roles: { counterpart: USERNAME }, title: ['Not interested in {counterpart}', 'Not interested in an account'] },
  // Session start and end are kept as text.
  'link-history': {
    roles: { name: ['Title of website page that you visited'], sessionStart: ['Website session start time'], sessionEnd: ['Website session end time'] },
    title: ['Opened a link: {name}', 'Opened a link'], text: ['session {sessionStart} – {sessionEnd}'],
  },
  'possible-emails': { roles: { email: ['value'] }, fact: { name: ['Possible e-mail address'], value: ['{email}'] } },
  searches: { title: ['Searched for “{text}”', 'Searched'] },
};
