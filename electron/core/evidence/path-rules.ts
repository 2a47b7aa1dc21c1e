/**
 * TikTok object-path tokens (reference/location-knowledge.md §3.2), graded apart from the host:
 * `/obj/tos-maliva-p-0068/…` names the object's cluster even when a host in another region
 * served it. Tokens are pulled out of the path first (`tos-…` segments and `/tos/<region>/`
 * directories, see host-knowledge.ts) and matched against these rules in order.
 */
import type { HostLocation } from '../../../shared/api';
import { TIKTOK_PLACES } from './host-rules';
import type { Confidence } from '../../../shared/words/location';

export interface PathRule {
  id: string;
  /** Runs on one extracted token: `tos-maliva-p-0068` or `tos/useast2a`. */
  pattern: RegExp;
  owner: string;
  location: HostLocation;
  /** The token as quoted in statements (one wording per rule keeps findings grouped). */
  token: string;
  confidence: Confidence;
  basis: string;
  /** Full URLs; each must yield this rule as a path hint. */
  examples: readonly string[];
}

const TOS = 'Object paths in public TikTok URLs; `mybediffcult/mysqldiff` app/config/tos.default.js maps `va` to the `…maliva` bucket and `sg` to `…alisg`';

export const PATH_RULES: readonly PathRule[] = [
  {
    // Checked first: the suffix names the environment whatever region prefix precedes it.
    id: 'tiktok-path-euttp', owner: 'TikTok (ByteDance)', location: TIKTOK_PLACES.euttp, token: '-euttp', confidence: 'low',
    pattern: /^tos-[a-z0-9-]*-euttp$/,
    basis: 'Naming only (location-knowledge §3.2); Project Clover: https://www.siliconrepublic.com/enterprise/tiktok-europe-project-clover-investment-data-centres-norway-dublin',
    examples: ['https://v16m.tiktokcdn-eu.com/abc/video/tos/useast2a/tos-useast2a-avt-0068-euttp/o4abc/'],
  },
  {
    id: 'tiktok-path-useast5-tx', owner: 'TikTok (ByteDance)', location: TIKTOK_PLACES.usds, token: 'tos-useast5-…-tx', confidence: 'low',
    pattern: /^tos-useast5-[a-z0-9-]*-tx$|^tos\/useast5$/,
    basis: 'Co-occurrence only: `-tx` suffix on the US-only domain; https://usds.tiktok.com/delivering-on-our-us-data-governance/',
    examples: [
      'https://v16m.tiktokcdn-us.com/abc/video/tos/useast5/tos-useast5-pve-0068-tx/o0abc/',
      'https://p16-sign.tiktokcdn-us.com/tos-useast5-avt-0068-tx/abc~tplv.jpeg',
    ],
  },
  {
    id: 'tiktok-path-no1a', owner: 'TikTok (ByteDance)', location: TIKTOK_PLACES.no, token: 'tos-no1a', confidence: 'low to medium',
    pattern: /^tos-no1a-[a-z0-9-]*$|^tos\/no1a$/,
    basis: 'Naming plus Project Clover (Hamar, Norway): https://www.siliconrepublic.com/enterprise/tiktok-europe-project-clover-investment-data-centres-norway-dublin',
    examples: ['https://p16-pu-sign-no.tiktokcdn-eu.com/tos-no1a-p-0037-no/abc~tplv-photomode.jpeg'],
  },
  {
    id: 'tiktok-path-maliva', owner: 'TikTok (ByteDance)', location: TIKTOK_PLACES.va, token: 'tos-maliva', confidence: 'medium',
    pattern: /^tos-maliva-[a-z0-9-]*$|^tos\/maliva$/,
    basis: TOS,
    examples: ['https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/abc', 'https://v15m.tiktokcdn-eu.com/abc/video/tos/maliva/tos-maliva-ve-0068c799-us/xyz/'],
  },
  {
    // "ali" is possibly Alibaba Cloud; unconfirmed, so not stated.
    id: 'tiktok-path-alisg', owner: 'TikTok (ByteDance)', location: TIKTOK_PLACES.sg, token: 'tos-alisg', confidence: 'medium',
    pattern: /^tos-alisg-[a-z0-9-]*$|^tos\/alisg$/,
    basis: TOS,
    examples: ['https://p16-sign-sg.tiktokcdn.com/aweme/100x100/tos-alisg-avt-0068/abc.jpeg'],
  },
  {
    id: 'tiktok-path-useast', owner: 'TikTok (ByteDance)', location: TIKTOK_PLACES.useast, token: 'useast1a/useast2a', confidence: 'low to medium',
    pattern: /^tos-useast\d+[a-z]?-[a-z0-9-]*$|^tos\/useast\d+[a-z]?$/,
    basis: 'Regional names used in public TikTok URLs and API hostnames (location-knowledge §3.2); operator unknown',
    examples: ['https://v16-webapp.tiktok.com/abc/video/tos/useast2a/tos-useast2a-ve-0068c001/xyz/', 'https://p16-sign.tiktokcdn.com/tos-useast2a-avt-0068-giso/abc.jpeg'],
  },
];
