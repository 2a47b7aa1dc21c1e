/**
 * Every platform's export in the one declared spec format (common/spec-format.ts). TikTok's, X's
 * and Google's are the source their importers read (`readers: 'declared'`); Instagram's and
 * Facebook's are built from the platform's own table, which their importers read. This list is
 * what tests, docs and tools read to see all platforms the same way.
 */
import type { PlatformSpec } from './common/spec-format';
import { FACEBOOK_SPECS } from './facebook/spec';
import { GOOGLE_SPEC } from './google/declared';
import { INSTAGRAM_SPECS } from './instagram/spec';
import { metaPlatformSpec } from './meta/declared';
import { TIKTOK_SPEC } from './tiktok/declared';
import { X_SPEC } from './x/declared';

export const PLATFORM_SPECS: readonly PlatformSpec[] = [
  TIKTOK_SPEC,
  metaPlatformSpec('instagram', 'instagram-json', INSTAGRAM_SPECS, 'reference/export-formats.md §2 (Instagram)'),
  metaPlatformSpec('facebook', 'facebook-json', FACEBOOK_SPECS, 'reference/export-formats.md §3 (Facebook)'),
  GOOGLE_SPEC,
  X_SPEC,
];
