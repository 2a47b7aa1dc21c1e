/** Plain-word labels for the contract's enums. */
import type { EventKind, LocationKind, MemberStatus, NetworkKind, Platform } from '../../../shared/domain';
import type { FlagKind, ImportPhase } from '../../../shared/api';

export const PLATFORM_LABEL: Record<Platform, string> = {
  tiktok: 'TikTok',
  instagram: 'Instagram',
  facebook: 'Facebook',
  google: 'Google',
  x: 'X',
};

export const NETWORK_KIND_LABEL: Record<NetworkKind, string> = {
  cloud: 'Cloud provider',
  hosting: 'Hosting / data centre',
  vpn: 'VPN or proxy',
  cdn: 'Delivery network (CDN)',
  platform: "The platform's own network",
  mobile: 'Mobile carrier',
  isp: 'Home or office internet',
  private: 'Private address',
  unknown: 'Unknown',
};

const KIND_LABEL: Partial<Record<EventKind, string>> = {
  login: 'Sign-in',
  logout: 'Sign-out',
  session: 'Session',
  security: 'Security',
  password_change: 'Password change',
  app_authorised: 'App authorised',
  device_seen: 'Device seen',
  ad_impression: 'Ad shown',
  ad_click: 'Ad clicked',
  off_platform: 'Off-platform activity',
  favorite: 'Favourite',
  live: 'Live',
};

export function eventKindLabel(kind: EventKind): string {
  return KIND_LABEL[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1).replace(/_/g, ' ');
}

export const LOCATION_KIND_LABEL: Record<LocationKind, string> = {
  cluster: 'serving cluster',
  edge: 'delivery edge',
  'storage-region': 'storage region',
  none: 'no location',
};

export const MEMBER_STATUS_LABEL: Record<MemberStatus, string> = {
  parsed: 'Read',
  ignored: 'Ignored on purpose',
  unknown: 'Not recognised',
  missing: 'Expected but missing',
  error: 'Could not be read',
};

export const PHASE_LABEL: Record<ImportPhase, string> = {
  inventory: 'Listing the files in the export',
  hashing: 'Fingerprinting the export (SHA-256)',
  recognise: 'Recognising the platform',
  reading: 'Reading records',
  analysing: 'Analysing addresses and hosts',
  committing: 'Saving',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const FLAG_KIND_LABEL: Record<FlagKind, string> = {
  'datacenter-login': 'Sign-in from a data centre',
  'new-country': 'Sign-in from a new country',
  'impossible-travel': 'Travel faster than possible',
  'new-device-security': 'New device, then a security change',
};
