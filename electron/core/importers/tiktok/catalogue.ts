/**
 * Known-files catalogue per format, for the coverage report: what is parsed, what is ignored
 * and why (the declared spec's TXT members and the JSON member), and what a complete export of
 * that format should contain.
 */
import type { KnownFile } from '../types';
import { JSON_MEMBER_RE, TIKTOK_SPEC } from './declared';

const MEDIA: KnownFile = {
  name: /\.(mp4|mov|m4a|mp3|jpe?g|png|gif|webp|heic)$/i,
  status: 'ignored',
  reason: 'media file: not analysed (the CDN URLs in the export are analysed instead)',
};

/**
 * 2020 TXT layout: where each file sits in the folder tree. Not "expected": a real 2020 export
 * held only `Activity/Video Browsing History.txt` (reference/real-layouts/tiktok-txt-2020-browsing-only.txt),
 * so a missing file is not a sign of an incomplete export and must not be reported as one.
 */
const TXT_2020_LAYOUT: readonly string[] = [
  'Activity/Login History.txt', 'Activity/Video Browsing History.txt', 'Activity/Like List.txt',
  'Activity/Favorite Videos.txt', 'Activity/Favorite HashTags.txt', 'Activity/Favorite Sounds.txt',
  'Activity/Favorite Effects.txt', 'Activity/Follower List.txt', 'Activity/Following List.txt',
  'Activity/Hashtag.txt', 'Activity/Purchase History.txt', 'Activity/Status.txt', 'Activity/Gifts.txt',
  'App Settings/Block List.txt', 'App Settings/Settings.txt', 'Comments/Comments.txt',
  'Direct Messages/Chat History.txt', 'Profile/Profile Information.txt', 'Videos/Videos.txt',
];

function txtCatalogue(format: string): KnownFile[] {
  const files: KnownFile[] = [];
  const layout = format === 'tiktok-txt-2020' ? TXT_2020_LAYOUT : [];
  for (const member of TIKTOK_SPEC.members) {
    if (!member.items || !('txt' in member.items)) continue;
    for (const name of member.files) {
      if (typeof name !== 'string') continue; // TXT members are file names (compile.ts rejects patterns)
      const full = layout.find((p) => p.endsWith(`/${name}`));
      files.push({
        name: full ?? name,
        status: member.status,
        reason: member.status === 'ignored' ? member.reason ?? '' : member.holds,
      });
    }
  }
  return files;
}

export function tiktokCatalogue(format: string): KnownFile[] {
  if (format.startsWith('tiktok-txt')) return [...txtCatalogue(format), MEDIA];
  // One entry for both names: the name does not follow the schema (a 2023-schema `Activity`
  // export ships as user_data_tiktok.json), so either one satisfies the expectation.
  return [
    {
      name: JSON_MEMBER_RE, status: 'parsed', expected: true,
      reason: 'TikTok JSON export (user_data_tiktok.json, up to 2023 user_data.json): activity, logins, devices, ads data, posts, messages',
    },
    MEDIA,
  ];
}
