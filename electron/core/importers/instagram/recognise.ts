/**
 * What marks an export as Instagram's, and which layout generation it is (reference §0.6, §2.1).
 * Names only; HTML exports have the same folders with `.html` files (meta/recognise.ts).
 *
 * Layouts, strongest evidence first:
 * - 2025: `your_instagram_activity/media/` or `login_and_profile_creation/` [H: instagram-2026-05 layout];
 * - 2024: `your_instagram_activity/`, `security_and_login_information/`, or
 *   `personal_information/personal_information/` (profile one level deeper) [H: instagram-2024-07 layout];
 * - 2021: the profile at `account_information/personal_information.json`;
 * - otherwise 2023 (`personal_information/personal_information.json`, top-level
 *   `login_and_account_creation/`, `content/posts_1.json`).
 */
import { metaReadSpec } from '../meta/members';
import type { MetaSignature } from '../meta/recognise';
import { INSTAGRAM_SPEC } from './declared';
import { INSTAGRAM_RULES } from './rules';

export type InstagramFormat = 'instagram-json-2021' | 'instagram-json-2023' | 'instagram-json-2024' | 'instagram-json-2025';

export const INSTAGRAM_SIGNATURE: MetaSignature = {
  platform: 'Instagram',
  prefix: 'instagram',
  markers: [
    { re: /(^|\/)your_instagram_activity\//, what: 'a "your_instagram_activity/" folder' },
    { re: /(^|\/)personal_information\/personal_information\//, what: 'a "personal_information/personal_information/" folder' },
    { re: /(^|\/)(account_information|personal_information)\/personal_information\.(json|html)$/, what: 'a "personal_information" profile file' },
    { re: /(^|\/)instagram_profile_information\.(json|html)$/, what: '"instagram_profile_information"' },
    { re: /(^|\/)apps_and_websites_off_of_instagram\//, what: 'an "apps_and_websites_off_of_instagram/" folder' },
    { re: /(^|\/)instagram_ads_and_businesses\//, what: 'an "instagram_ads_and_businesses/" folder' },
  ],
  formats: [
    {
      format: 'instagram-json-2025',
      when: [/(^|\/)your_instagram_activity\/media\//, /(^|\/)login_and_profile_creation\//],
      evidence: 'the 2025 folders ("your_instagram_activity/media/", "login_and_profile_creation/")',
    },
    {
      // A real July 2024 export already has `personal_information/personal_information/`
      // (reference/real-layouts/instagram-2024-07.txt), so that folder marks 2024, not 2025.
      format: 'instagram-json-2024',
      when: [/(^|\/)your_instagram_activity\//, /(^|\/)security_and_login_information\//, /(^|\/)personal_information\/personal_information\//],
      evidence: 'the 2024 folders ("your_instagram_activity/", "security_and_login_information/", "personal_information/personal_information/")',
    },
    {
      format: 'instagram-json-2021',
      when: [/(^|\/)account_information\/personal_information\.(json|html)$/],
      evidence: 'the 2021 profile path "account_information/personal_information.json"',
    },
  ],
  fallback: { format: 'instagram-json-2023', evidence: 'the 2023 folders (top-level "login_and_account_creation/", "content/")' },
  read: metaReadSpec(INSTAGRAM_SPEC, INSTAGRAM_RULES),
};
