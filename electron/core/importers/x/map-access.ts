/**
 * Pure mapping of X's account and access files (reference §5.2): logins with their IP, the IP
 * the account was created from, authorised apps, signed-in app tokens, messaging devices, and
 * the account's own profile facts. Each function: one record (array item) → records, or null
 * when the item has an unexpected shape.
 */
import type { DeviceRef, EventRecord, FactRecord, ImportRecord } from '../../../../shared/records';
import { invalidTime, parseAnyTime, parseIsoTime } from '../../../../shared/time';
import { oneLine } from '../common/text';
import { detail, dottedDate, obj, origin, str, subOrigin, unwrap, type XItem, type XState } from './map-util';

function isoTime(text: string | undefined): EventRecord['time'] {
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
  detail(details, 'Approved', r.approvedAt);
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
    type: 'event', kind: 'app_authorised', time: isoTime(str(r, 'approvedAt')),
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

/**
 * ni-devices.js `{niDeviceResponse: {messagingDevice | pushDevice: {…}}}` → a `device` fact.
 * Messaging devices are phone numbers used for login codes (`deviceType: "Auth"`); dates are
 * written `2021.10.20`. `pushDevice` fields are [L].
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
    const description = str(d, 'deviceDescription') ?? str(d, 'deviceVersion');
    const details: Record<string, string> = {};
    detail(details, 'Kind', key === 'messagingDevice' ? 'messaging device (SMS)' : 'push device');
    detail(details, 'Phone number', phone);
    detail(details, 'Carrier', carrier);
    detail(details, 'Device type', type);
    detail(details, 'Description', description);
    detail(details, 'Created', dottedDate(str(d, 'createdDate')));
    detail(details, 'Updated', dottedDate(str(d, 'updatedDate')));
    const name = key === 'messagingDevice'
      ? `Phone${phone ? ` ${phone}` : ''}${carrier ? ` (${carrier})` : ''}`
      : description ?? `Push device${type ? ` (${type})` : ''}`;
    const fact: FactRecord = { type: 'fact', fact: 'device', name, details, ...subOrigin(member, item, ['niDeviceResponse', key], d) };
    if (type) fact.value = type;
    if (phone) fact.device = { identifiers: { 'Phone number': phone } };
    else if (description) fact.device = { model: description };
    records.push(fact);
  }
  return records.length > 0 ? records : null;
}

const ACCOUNT_FIELDS: readonly [string, string][] = [
  ['username', 'Username'], ['accountDisplayName', 'Display name'], ['email', 'E-mail'], ['accountId', 'Account ID'],
  ['createdAt', 'Account created'], ['createdVia', 'Created via'],
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
    const value = str(r, key);
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
