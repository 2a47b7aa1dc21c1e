/**
 * How to ask each platform for its export, as data with its sources. Everything here comes from
 * ../shared/reference/export-formats.md (cited per entry, with the public sources it names); where
 * that reference says nothing — no platform's typical wait is in it, no request URL is — we say so
 * and point to the platform's settings rather than invent a path or a number.
 */
import type { RequestInfo } from '../../../shared/api';
import type { Platform } from '../../../shared/domain';

/** The type lives in shared/api.ts (the app's request helper reads it too). */
export type { RequestInfo };

const NO_WAIT = 'Not stated in our sources; the platform says in its settings when the file is ready.';

export const REQUEST_INFO: Record<Platform, RequestInfo> = {
  tiktok: {
    platform: 'tiktok', label: 'TikTok',
    howToRequest: 'In the TikTok app: Settings > Account > Download your data.',
    choose: ['Format JSON (TXT is also offered; JSON carries more of the structure).'],
    typicalWait: NO_WAIT,
    askFor: [
      'Login History (IP address, device model and system, network type, carrier)',
      'Status List (device advertising identifiers)',
      'Off TikTok Activity (which third parties sent events about me)',
      'Ads Based On Data Received From Partners (data partners and advertisers)',
      'Most Recent Location Data',
      'the storage locations of my posts and profile media',
    ],
    sources: ['export-formats.md §1.1 (thisismattmiller/tiktok-shutdown README.md) and §1.4'],
  },
  instagram: {
    platform: 'instagram', label: 'Instagram',
    howToRequest: 'From the platform\'s settings: Meta\'s "Download your information".',
    choose: ['Format JSON, not HTML.', 'A large export may arrive as several zip files: keep them together.'],
    typicalWait: NO_WAIT,
    askFor: [
      'login activity and logout activity (IP address, user agent, cookie, time)',
      'devices (device IDs, user agents, last login)',
      'advertisers using my activity or information',
      'my activity off Meta technologies',
    ],
    sources: ['export-formats.md §2.1 (timelinize/timelinize datasources/instagram; pixelfed/pixelfed issues #4555, #4494) and §2.3'],
  },
  facebook: {
    platform: 'facebook', label: 'Facebook',
    howToRequest: 'From the platform\'s settings: Meta\'s "Download your information".',
    choose: ['Format JSON, not HTML.'],
    typicalWait: NO_WAIT,
    askFor: [
      'account activity (action, time, IP address, place, site)',
      'logins and logouts',
      'where I\'m logged in (active sessions with IP address, device and app)',
      'IP address activity',
      'login protection data and record details',
      'mobile devices',
      'apps and websites (authorised third-party apps)',
      'off-Facebook activity',
      'advertisers using my activity or information, and advertisers who uploaded a contact list with my information',
    ],
    sources: ['export-formats.md §3 (hudi-packages-connectors enum.facebook.ts; timelinize datasources/facebook; hestialabs-experiences sample)'],
  },
  google: {
    platform: 'google', label: 'Google',
    howToRequest: 'From the platform\'s settings: Google Takeout.',
    choose: [
      'My Activity as JSON (HTML is the default).',
      'Takeout splits large exports into takeout-…-001.zip, -002.zip, …: keep every part.',
    ],
    typicalWait: NO_WAIT,
    askFor: [
      'Access Log Activity (activities and devices, with IP addresses)',
      'My Activity in JSON',
      'Location History',
      'the third-party apps with access to my account (Takeout does not include them)',
    ],
    sources: ['export-formats.md §4.1–4.4 and §11 (HestiaLabs sample; abrignoni/RLEAPP takeoutAccessLogActivity.py)'],
  },
  x: {
    platform: 'x', label: 'X (Twitter)',
    howToRequest: 'From the platform\'s settings: the "download an archive of your data" request.',
    choose: ['The archive arrives as one zip, twitter-<date>-<id>.zip.'],
    typicalWait: NO_WAIT,
    askFor: [
      'ip-audit (login IP addresses) and account-creation-ip',
      'device-token and ni-devices',
      'connected-application (authorised apps and their permissions)',
      'ad-impressions and ad-engagements (advertisers and their targeting)',
      'personalization',
    ],
    sources: ['export-formats.md §5.1–5.2 (rust-utilities/twitter-archive src/structs; hudi-packages-connectors enum.twitter.ts)'],
  },
};
