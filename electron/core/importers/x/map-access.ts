/**
 * Pure mapping of X's account and access files (reference §5.2): logins with their IP, the IP
 * the account was created from, authorised apps, signed-in app tokens, messaging devices, and
 * the account's own profile facts. Each function: one record (array item) → records, or null
 * when the item has an unexpected shape.
 */
import type { DeviceRef, EventRecord, FactRecord, ImportRecord } from '../../../../shared/records';
import { invalidTime, parseAnyTime, parseDateOnly, parseIsoTime, parseUnixMs } from '../../../../shared/time';
import { oneLine } from '../common/text';
import { detail, dottedDate, obj, origin, str, subOrigin, unwrap, type XItem, type XState } from './map-util';

/**
 * X's times: ISO (2020+), epoch milliseconds or seconds as text (2018: `approvedAtMsec`,
 * ip-audit `createdAt`), read by their own rule rather than guessed per field.
 */
export function isoTime(text: string | undefined): EventRecord['time'] {
  if (text === undefined) return invalidTime('', 'ms');
  const iso = parseIsoTime(text);
  return iso.utc !== null ? iso : parseAnyTime(text);
}

/** ip-audit.js `{ipAudit: {accountId, createdAt, loginIp}}` → a login. */
export function mapIpAudit(item: XItem, member: string): ImportRecord[] | null {
  const r = unwrap(item.value, 'ipAudit');
  const ip = str(r, 'loginIp');
  if (!r || ip === undefined) return null;
  return [{ type: 'event', kind: 'login', time: isoTime(str(r, 'createdAt')), title: `Login from ${ip}`, ip, ...origin(member, item) }];
}

/**
 * account-creation-ip.js `{accountCreationIp: {accountId, userCreationIp}}` → a security event
 * at account.js's `createdAt` (the file itself has no time; without account.js the event has no
 * time and is kept as a fact).
 */
export function mapAccountCreationIp(item: XItem, member: string, state: XState): ImportRecord[] | null {
  const r = unwrap(item.value, 'accountCreationIp');
  const ip = str(r, 'userCreationIp');
  if (!r || ip === undefined) return null;
  return [{
    type: 'event', kind: 'security', time: isoTime(state.accountCreatedAt),
    title: `Account created from ${ip}${state.accountCreatedAt === undefined ? ' (time unknown: account.js was not read)' : ''}`, ip,
    ...origin(member, item),
  }];
}

/**
 * connected-application.js → an `app` fact (who, which organisation, which permissions; the
 * organisation's URLs) and an `app_authorised` event at `approvedAt`. URLs go on the fact only,
 * so each is counted once.
 */
export function mapConnectedApp(item: XItem, member: string): ImportRecord[] | null {
  const r = unwrap(item.value, 'connectedApplication');
  const name = str(r, 'name');
  if (!r || name === undefined) return null;
  const org = obj(r.organization);
  const permissions = Array.isArray(r.permissions) ? r.permissions.map(String) : [];
  const details: Record<string, string> = {};
  detail(details, 'Organisation', str(org, 'name'));
  if (permissions.length > 0) details.Permissions = permissions.join(', ');
  const approved = str(r, 'approvedAt');
  const approvedMs = str(r, 'approvedAtMsec');
  const approvedTime = approved !== undefined ? isoTime(approved) : approvedMs !== undefined ? parseUnixMs(approvedMs) : invalidTime('', 'ms');
  detail(details, 'Approved', approvedTime.utc ?? approved ?? approvedMs);
  detail(details, 'Description', r.description);
  detail(details, 'App ID', r.id);
  const urls = ['url', 'privacyPolicyUrl', 'termsAndConditionsUrl']
    .map((k) => str(org, k))
    .filter((u): u is string => u !== undefined && /^https?:\/\//i.test(u));

  const fact: FactRecord = { type: 'fact', fact: 'app', name, details, ...origin(member, item) };
  const orgName = str(org, 'name');
  if (orgName) fact.value = orgName;
  if (urls.length > 0) fact.urls = urls;
  const event: EventRecord = {
    type: 'event', kind: 'app_authorised', time: approvedTime,
    title: oneLine(`Authorised ${name}${permissions.length > 0 ? ` (${permissions.join(', ')})` : ''}`),
    app: name, ...origin(member, item),
  };
  const text = [permissions.length > 0 ? `Permissions: ${permissions.join(', ')}` : undefined, orgName && `Organisation: ${orgName}`, str(r, 'description')]
    .filter(Boolean).join('\n');
  if (text) event.text = text;
  return [fact, event];
}

/**
 * device-token.js `{deviceToken: {clientApplicationId, token, createdAt, lastSeenAt,
 * clientApplicationName}}` → a `device` fact (an app signed in on some device) and a
 * `device_seen` event at `lastSeenAt`. The token itself stays in `raw` only.
 */
export function mapDeviceToken(item: XItem, member: string): ImportRecord[] | null {
  const r = unwrap(item.value, 'deviceToken');
  if (!r) return null;
  const appName = str(r, 'clientApplicationName');
  const appId = str(r, 'clientApplicationId');
  if (appName === undefined && appId === undefined) return null;
  const name = appName ?? `App ${appId}`;
  const device: DeviceRef = { model: name };
  if (appId) device.identifiers = { 'X client application ID': appId };
  const details: Record<string, string> = {};
  detail(details, 'Client application', appName);
  detail(details, 'Client application ID', appId);
  detail(details, 'First used', r.createdAt);
  detail(details, 'Last seen', r.lastSeenAt);
  const records: ImportRecord[] = [{ type: 'fact', fact: 'device', name, value: 'signed-in app', device, details, ...origin(member, item) }];
  const lastSeen = str(r, 'lastSeenAt');
  if (lastSeen !== undefined) {
    records.push({ type: 'event', kind: 'device_seen', time: isoTime(lastSeen), title: `${name} last seen`, device, ...origin(member, item) });
  }
  return records;
}

/** ni-devices dates `2018.08.13` → a day-precision time (the original text kept). */
function niDate(text: string | undefined): EventRecord['time'] | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDateOnly(dottedDate(text) ?? text);
  return { ...parsed, text };
}

/**
 * ni-devices.js `{niDeviceResponse: {messagingDevice | pushDevice: {…}}}` → a `device` fact,
 * and a `device_seen` event when the device was registered (`createdDate`) and, when later, last
 * updated (`updatedDate`); dates are written `2018.08.13`. Messaging devices are phone numbers
 * used for login codes (`deviceType: "Auth"`). A push device's `deviceVersion` is its operating
 * system's version (`11.4.1`), not a model [H 2018].
 */
export function mapNiDevice(item: XItem, member: string): ImportRecord[] | null {
  const response = unwrap(item.value, 'niDeviceResponse');
  if (!response) return null;
  const records: ImportRecord[] = [];
  for (const key of ['messagingDevice', 'pushDevice'] as const) {
    const d = obj(response[key]);
    if (!d) continue;
    const phone = str(d, 'phoneNumber');
    const carrier = str(d, 'carrier');
    const type = str(d, 'deviceType');
    const description = str(d, 'deviceDescription');
    const version = str(d, 'deviceVersion');
    const created = str(d, 'createdDate');
    const updated = str(d, 'updatedDate');
    const details: Record<string, string> = {};
    detail(details, 'Kind', key === 'messagingDevice' ? 'messaging device (SMS)' : 'push device');
    detail(details, 'Phone number', phone);
    detail(details, 'Carrier', carrier);
    detail(details, 'Device type', type);
    detail(details, 'Description', description);
    detail(details, 'System version', version);
    detail(details, 'Created', dottedDate(created));
    detail(details, 'Updated', dottedDate(updated));
    const name = key === 'messagingDevice'
      ? `Phone${phone ? ` ${phone}` : ''}${carrier ? ` (${carrier})` : ''}`
      : description ?? `Push device${type ? ` (${type}${version ? ` ${version}` : ''})` : ''}`;
    const at = subOrigin(member, item, ['niDeviceResponse', key], d);
    const device: DeviceRef = {};
    if (phone) device.identifiers = { 'Phone number': phone };
    if (description) device.model = description;
    if (version) device.system = type ? `${type} ${version}` : version;
    const fact: FactRecord = { type: 'fact', fact: 'device', name, details, ...at };
    if (type) fact.value = type;
    if (device.identifiers || device.model || device.system) fact.device = device;
    records.push(fact);
    const createdTime = niDate(created);
    const updatedTime = niDate(updated);
    const seen = (time: EventRecord['time'], verb: string): EventRecord => {
      const event: EventRecord = { type: 'event', kind: 'device_seen', time, title: `${name} ${verb}`, ...at };
      if (fact.device) event.device = fact.device;
      return event;
    };
    if (createdTime) records.push(seen(createdTime, 'registered'));
    if (updatedTime && updatedTime.utc !== createdTime?.utc) records.push(seen(updatedTime, 'last updated'));
  }
  return records.length > 0 ? records : null;
}

/**
 * key-registry.js `{registeredDevices: {userId, deviceMetadataList: [{userAgent, registrationToken,
 * identityKey, createdAt, deviceId}]}}`, one list entry → a `device` fact (the browser or app by
 * its user agent) and a `device_seen` event when it was registered. Tokens and keys stay in raw.
 */
export function mapKeyRegistry(item: XItem, member: string): ImportRecord[] | null {
  const r = obj(item.value);
  const agent = str(r, 'userAgent');
  const id = str(r, 'deviceId');
  if (!r || (agent === undefined && id === undefined)) return null;
  const device: DeviceRef = {};
  if (agent) device.userAgent = agent;
  if (id) device.identifiers = { 'X registered device ID': id };
  const name = agent ? `Registered device (${agent})` : `Registered device ${id}`;
  const details: Record<string, string> = {};
  detail(details, 'User agent', agent);
  detail(details, 'Device ID', id);
  detail(details, 'Registered', r.createdAt);
  const records: ImportRecord[] = [{ type: 'fact', fact: 'device', name: oneLine(name), value: 'registered for encrypted messages', device, details, ...origin(member, item) }];
  const created = str(r, 'createdAt');
  if (created !== undefined) {
    records.push({ type: 'event', kind: 'device_seen', time: isoTime(created), title: oneLine(`${name} registered`), device, ...origin(member, item) });
  }
  return records;
}

/** account-suspension.js `{accountSuspension: {timeStamp, action: Suspend | Unsuspend}}` → a security event. */
export function mapSuspension(item: XItem, member: string): ImportRecord[] | null {
  const r = unwrap(item.value, 'accountSuspension');
  const action = str(r, 'action');
  if (!r || action === undefined) return null;
  const title = /^unsuspend/i.test(action) ? 'Account suspension lifted' : /^suspend/i.test(action) ? 'Account suspended' : `Account suspension: ${action}`;
  return [{ type: 'event', kind: 'security', time: isoTime(str(r, 'timeStamp')), title, ...origin(member, item) }];
}

/** protected-history.js `{protectedHistory: {protectedAt, action: Protect | Unprotect}}` → a profile event. */
export function mapProtectedHistory(item: XItem, member: string): ImportRecord[] | null {
  const r = unwrap(item.value, 'protectedHistory');
  const action = str(r, 'action');
  if (!r || action === undefined) return null;
  const title = /^unprotect/i.test(action) ? 'Posts made public' : /^protect/i.test(action) ? 'Posts protected' : `Protected posts: ${action}`;
  return [{ type: 'event', kind: 'profile', time: isoTime(str(r, 'protectedAt')), title, ...origin(member, item) }];
}

const ACCOUNT_FIELDS: readonly [string, string][] = [
  ['username', 'Username'], ['accountDisplayName', 'Display name'], ['email', 'E-mail'], ['accountId', 'Account ID'],
  ['createdAt', 'Account created'], ['createdVia', 'Created via'], ['timeZone', 'Time zone'], ['updatedAt', 'Account updated'],
];

/** account.js `{account: {email, createdVia, username, accountId, createdAt, accountDisplayName}}` → profile facts. */
export function mapAccount(item: XItem, member: string, state: XState): ImportRecord[] | null {
  const r = unwrap(item.value, 'account');
  if (!r) return null;
  state.accountId ??= str(r, 'accountId');
  state.userName ??= str(r, 'username');
  state.accountCreatedAt ??= str(r, 'createdAt');
  const inner = obj(obj(item.value)?.account) ? ['account'] : [];
  const records: ImportRecord[] = [];
  for (const [key, label] of ACCOUNT_FIELDS) {
    const text = str(r, key);
    // 2018 writes these two as epoch milliseconds: shown as a date.
    const value = text !== undefined && /^\d{10,13}$/.test(text) && /At$/.test(key) ? isoTime(text).utc ?? text : text;
    if (value !== undefined) records.push({ type: 'fact', fact: 'profile', name: label, value, ...subOrigin(member, item, [...inner, key], r[key]) });
  }
  return records;
}

/** email-address-change.js → a security event (an e-mail change is how accounts are taken over). */
export function mapEmailChange(item: XItem, member: string): ImportRecord[] | null {
  const change = obj(unwrap(item.value, 'emailAddressChange')?.emailChange);
  if (!change) return null;
  const to = str(change, 'changedTo');
  const from = str(change, 'changedFrom');
  const event: EventRecord = {
    type: 'event', kind: 'security', time: isoTime(str(change, 'changedAt')), title: oneLine(`E-mail address changed${to ? ` to ${to}` : ''}`),
    ...origin(member, item),
  };
  if (from || to) event.text = [from && `From: ${from}`, to && `To: ${to}`].filter(Boolean).join('\n');
  return [event];
}

/** screen-name-change.js → a profile event. */
export function mapScreenNameChange(item: XItem, member: string): ImportRecord[] | null {
  const change = obj(unwrap(item.value, 'screenNameChange')?.screenNameChange);
  if (!change) return null;
  const to = str(change, 'changedTo');
  const from = str(change, 'changedFrom');
  return [{
    type: 'event', kind: 'profile', time: isoTime(str(change, 'changedAt')),
    title: oneLine(`Username changed${from ? ` from @${from}` : ''}${to ? ` to @${to}` : ''}`), ...origin(member, item),
  }];
}

/** phone-number.js `{device: {phoneNumber}}` → a profile fact. */
export function mapPhoneNumber(item: XItem, member: string): ImportRecord[] | null {
  const phone = str(unwrap(item.value, 'device'), 'phoneNumber');
  if (phone === undefined) return null;
  return [{ type: 'fact', fact: 'profile', name: 'Phone number', value: phone, ...origin(member, item) }];
}

/** account-timezone.js `{accountTimezone: {accountId, timeZone}}` → a profile fact. */
export function mapTimezone(item: XItem, member: string): ImportRecord[] | null {
  const zone = str(unwrap(item.value, 'accountTimezone'), 'timeZone');
  if (zone === undefined) return null;
  return [{ type: 'fact', fact: 'profile', name: 'Time zone', value: zone, ...origin(member, item) }];
}
