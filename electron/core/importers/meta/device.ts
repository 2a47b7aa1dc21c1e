/**
 * The device a record names, as a DeviceRef: model/system when the export states them
 * (Facebook `devices_v2` `type`/`os`), the user agent (Instagram logins, Facebook sessions), and
 * identifiers (Instagram's login `Cookie Name`, Facebook's `datr` cookie, a device ID, an
 * advertising ID). Undefined when the record names none.
 */
import type { DeviceRef } from '../../../../shared/records';
import type { Role } from './spec-types';

type RoleValues = Partial<Record<Role, string>>;

const IDENTIFIERS: readonly [Role, string][] = [
  ['cookie', 'Cookie'], ['deviceId', 'Device ID'], ['advertiserId', 'Advertiser ID'],
];

/** A device written as free text: a user agent when it has a product token or brackets. */
function looksLikeUserAgent(text: string): boolean {
  return /\w\/[\d.]+|\(.*\)/.test(text);
}

export function deviceOf(values: RoleValues): DeviceRef | undefined {
  const device: DeviceRef = {};
  if (values.model !== undefined) device.model = values.model;
  if (values.system !== undefined) device.system = values.system;
  if (values.userAgent !== undefined) device.userAgent = values.userAgent;
  if (values.deviceText !== undefined) {
    if (looksLikeUserAgent(values.deviceText)) device.userAgent ??= values.deviceText;
    else device.model ??= values.deviceText;
  }
  const identifiers: Record<string, string> = {};
  for (const [role, name] of IDENTIFIERS) {
    const value = values[role];
    if (value !== undefined) identifiers[name] = value;
  }
  if (Object.keys(identifiers).length > 0) device.identifiers = identifiers;
  return Object.keys(device).length > 0 ? device : undefined;
}
