/**
 * What marks an export as Facebook's, and which layout (reference §0.6, §3). Names only.
 *
 * - 2024: `your_facebook_activity/` or `personal_information/profile_information/`, or the 2024 file
 *   names `connected_apps_and_websites.*` / `your_activity_off_meta_technologies.*`;
 * - otherwise the pre-2024 layout (`profile_information/`, `posts/`, `messages/` at the top),
 *   labelled `facebook-json-2021` after the generation that introduced its `_v2` keys.
 */
import { metaReadSpec } from '../meta/members';
import type { MetaSignature } from '../meta/recognise';
import { FACEBOOK_SPEC } from './declared';
import { FACEBOOK_RULES } from './rules';

export type FacebookFormat = 'facebook-json-2021' | 'facebook-json-2024';

export const FACEBOOK_SIGNATURE: MetaSignature = {
  platform: 'Facebook',
  prefix: 'facebook',
  markers: [
    { re: /(^|\/)your_facebook_activity\//, what: 'a "your_facebook_activity/" folder' },
    { re: /(^|\/)profile_information\/profile_information\.(json|html)$/, what: '"profile_information/profile_information"' },
    { re: /(^|\/)apps_and_websites_off_of_facebook\//, what: 'an "apps_and_websites_off_of_facebook/" folder' },
    { re: /(^|\/)your_off-facebook_activity\.(json|html)$/, what: '"your_off-facebook_activity"' },
  ],
  formats: [
    {
      format: 'facebook-json-2024',
      // The 2024 names of the app and off-Meta files also mark it: an export of only
      // `apps_and_websites_off_of_facebook/` has no other folder [H: facebook-2024 Polish layout].
      when: [
        /(^|\/)your_facebook_activity\//, /(^|\/)personal_information\/profile_information\//,
        /(^|\/)connected_apps_and_websites\.(json|html)$/, /(^|\/)your_activity_off_meta_technologies\.(json|html)$/,
      ],
      evidence: 'the 2024 folders and names ("your_facebook_activity/", "personal_information/profile_information/", "connected_apps_and_websites")',
    },
  ],
  fallback: { format: 'facebook-json-2021', evidence: 'the pre-2024 folders ("profile_information/", "posts/" at the top)' },
  read: metaReadSpec(FACEBOOK_SPEC, FACEBOOK_RULES),
};
