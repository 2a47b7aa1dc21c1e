/**
 * Known-files catalogue per format, for the coverage report: what is parsed, what is ignored
 * and why, and what a complete export of that format should contain.
 */
import type { KnownFile } from '../types';
import { JSON_MEMBER_RE } from './members';
import { SECTIONS } from './spec';

const MEDIA: KnownFile = {
  name: /\.(mp4|mov|m4a|mp3|jpe?g|png|gif|webp|heic)$/i,
  status: 'ignored',
  reason: 'media file: not analysed (the CDN URLs in the export are analysed instead)',
};

/** 2020 TXT layout: every file exists, 0 bytes when empty, so each one is expected. */
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
  const expected = format === 'tiktok-txt-2020' ? new Set(TXT_2020_LAYOUT.map((p) => p.slice(p.indexOf('/') + 1))) : new Set<string>();
  for (const spec of SECTIONS) {
    for (const name of spec.txt) {
      const ignored = spec.map.type === 'ignore';
      const file: KnownFile = {
        name,
        status: ignored ? 'ignored' : 'parsed',
        reason: spec.map.type === 'ignore' ? spec.map.reason : spec.label,
      };
      if (expected.has(name)) {
        const full = TXT_2020_LAYOUT.find((p) => p.endsWith(`/${name}`));
        if (full) file.name = full;
        file.expected = true;
      }
      files.push(file);
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
