/**
 * Every platform's export in the one declared spec format (common/spec-format.ts), and for
 * every platform it is the source its importers read (`readers: 'declared'`). This list is what
 * tests, docs and tools read to see all platforms the same way.
 */
import type { PlatformSpec } from './common/spec-format';
import { FACEBOOK_SPEC } from './facebook/declared';
import { GOOGLE_SPEC } from './google/declared';
import { INSTAGRAM_SPEC } from './instagram/declared';
import { TIKTOK_SPEC } from './tiktok/declared';
import { X_SPEC } from './x/declared';

export const PLATFORM_SPECS: readonly PlatformSpec[] = [
  TIKTOK_SPEC,
  INSTAGRAM_SPEC,
  FACEBOOK_SPEC,
  GOOGLE_SPEC,
  X_SPEC,
];
