/**
 * Built-in claims a journalist can test an export against, each with its public source and
 * date. Platform statements quote the platform; the generic ones are hypotheses a reader
 * states about their own account (statedBy null) and name no source.
 *
 * Dates: `effectiveFrom` is the day the statement was made unless the statement itself names
 * another; evidence dated earlier is shown but never counted against the claim.
 */
import type { Claim, ClaimTemplate } from './claims';

const ADDED = '2026-11-28';

const claim = (c: Partial<Claim> & Pick<Claim, 'id' | 'statement' | 'test'>): Claim => ({
  statedBy: null, appliesTo: null, subject: { platform: 'any', sourceSha256: null }, effectiveFrom: null, source: null, note: null, ...c,
});

export const CLAIM_TEMPLATES: readonly ClaimTemplate[] = [
  {
    id: 'tiktok-us-data-oracle',
    name: 'TikTok: US user data stored in the US on Oracle Cloud (since June 2022)',
    added: ADDED,
    claim: claim({
      id: 'tiktok-us-data-oracle',
      statement: 'US user data is stored in the US on Oracle Cloud Infrastructure since June 2022.',
      statedBy: 'TikTok',
      appliesTo: 'US users',
      subject: { platform: 'tiktok', sourceSha256: null },
      test: { type: 'served-or-stored-only-in', mode: 'stored', countries: ['US'], regions: [], providers: ['Oracle'] },
      effectiveFrom: '2022-06-17',
      source: { title: 'TikTok U.S. Data Security: "Delivering on our US data governance"', url: 'https://usds.tiktok.com/delivering-on-our-us-data-governance/', date: '2022-06-17' },
      note: 'The same statement says: "We still use our US and Singapore data centers for backup". It speaks of the default storage location; an export can rarely show storage at all.',
    }),
  },
  {
    id: 'tiktok-eea-data-clover',
    name: 'TikTok: EEA users\' data stored in Dublin and Norway (Project Clover)',
    added: ADDED,
    claim: claim({
      id: 'tiktok-eea-data-clover',
      statement: 'European (EEA) users\' data is stored locally in TikTok\'s data centres in Dublin and in the Hamar region of Norway (Project Clover).',
      statedBy: 'TikTok',
      appliesTo: 'EEA users',
      subject: { platform: 'tiktok', sourceSha256: null },
      test: { type: 'served-or-stored-only-in', mode: 'stored', countries: ['IE', 'NO'], regions: [], providers: [] },
      effectiveFrom: '2023-11-30',
      source: {
        title: 'Silicon Republic: "TikTok\'s Project Clover: data centres in Norway and Dublin" (TikTok announcement of 30 November 2023)',
        url: 'https://www.siliconrepublic.com/enterprise/tiktok-europe-project-clover-investment-data-centres-norway-dublin',
        date: '2023-11-30',
      },
      note: 'At the time TikTok said migration to Norway would begin in 2024, so evidence from 2024 may show the move still under way.',
    }),
  },
  {
    id: 'no-datacenter-logins',
    name: 'No sign-ins from data-centre, cloud or VPN networks',
    added: ADDED,
    claim: claim({
      id: 'no-datacenter-logins',
      statement: 'No one signed in to the account from a data-centre, cloud, hosting or VPN network.',
      test: { type: 'no-datacenter-logins' },
    }),
  },
  {
    id: 'only-my-devices',
    name: 'Only my devices accessed my account',
    added: ADDED,
    claim: claim({
      id: 'only-my-devices',
      statement: 'Only my own devices signed in to my account.',
      test: { type: 'only-known-devices', devices: [] },
      note: 'List your devices in test.devices (a model such as "iPhone14,2", or an identifier); until then the test only lists the devices it saw.',
    }),
  },
  {
    id: 'no-third-party-apps',
    name: 'No third-party apps have access',
    added: ADDED,
    claim: claim({
      id: 'no-third-party-apps',
      statement: 'No third-party app has access to the account.',
      test: { type: 'no-third-party-apps' },
    }),
  },
  {
    id: 'login-history-max-days',
    name: 'Login history kept for at most N days (default 90)',
    added: ADDED,
    claim: claim({
      id: 'login-history-max-days',
      statement: 'Login history is kept for at most 90 days.',
      test: { type: 'login-history-retention-max-days', days: 90 },
      note: 'Set test.days to the period the platform states, and put its wording and link in source.',
    }),
  },
  {
    id: 'export-contains-logins-devices-advertisers',
    name: 'The export contains logins, devices and advertisers',
    added: ADDED,
    claim: claim({
      id: 'export-contains-logins-devices-advertisers',
      statement: 'The data export contains the account\'s logins, devices and advertisers.',
      test: { type: 'export-contains', categories: ['login', 'device', 'advertiser'] },
    }),
  },
];

export function findTemplate(id: string): ClaimTemplate | undefined {
  return CLAIM_TEMPLATES.find((t) => t.id === id);
}
