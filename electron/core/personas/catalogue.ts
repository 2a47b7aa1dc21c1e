/**
 * The workshop personas: synthetic people whose exports are written at build time by the seeded
 * generators (test/fixtures/personas/recipes.ts, run by scripts/build-sample.ts) into
 * `resources/generated/personas/<id>/`. This file ships in the app; the generators do not — the
 * built zips do, so a persona loads offline with no generator code at run time.
 *
 * Each story is what a facilitator can tell in a minute; every fact in it is checked against the
 * imported persona by test/unit/personas/stories.test.ts, so a story cannot drift from its data.
 */
import type { PersonaListItem } from '../../../shared/api';
import type { Platform } from '../../../shared/domain';

export interface PersonaExport {
  platform: Platform;
  /** File names in the persona's folder; several for a split export (imported as one). */
  files: readonly string[];
}

export interface PersonaInfo {
  id: string;
  name: string;
  platforms: Platform[];
  story: string;
  exports: readonly PersonaExport[];
}

/** `whereabouts persona list --json` and `personas.list` answer exactly these fields (shared/api.ts). */
export type { PersonaListItem };

export const PERSONAS: readonly PersonaInfo[] = [
  {
    id: 'teen-tiktok',
    name: 'Noah Berg, 16, Berlin',
    platforms: ['tiktok'],
    story:
      'Noah is on TikTok every day: more than a hundred watched videos, likes and searches. He signs in at home on ' +
      'Deutsche Telekom Wi-Fi and on 4G/5G, and once from a Swedish address. Late in the export an Android ' +
      'phone (SM-G991B) he never owned signed in twice, from Oracle Cloud and from Amazon AWS: cloud ' +
      'networks, not a home or mobile line. Ask the room: a VPN app, a friend\'s phone, or someone else?',
    exports: [{ platform: 'tiktok', files: ['TikTok_Data_1767225600.zip'] }],
  },
  {
    id: 'commuter-instagram-tiktok',
    name: 'Åsa Lindqvist, Stockholm–Berlin commuter',
    platforms: ['instagram', 'tiktok'],
    story:
      'Åsa lives in Stockholm and works in Berlin every other week. Instagram shows her home lines in ' +
      'Stockholm and her Swedish mobile network; TikTok shows her on German Telekom lines in Berlin and once ' +
      'from her Stockholm home address, the same address her Instagram logins use. Instagram also lists a ' +
      'sign-in through Mullvad VPN and a new device followed by a password change. Two exports, one person: ' +
      'compare the countries, find the address both platforms saw, and ask which sign-ins were hers.',
    exports: [
      { platform: 'instagram', files: ['instagram-asa.lindqvist-2025-09-16-h7Q2xKpL.zip'] },
      { platform: 'tiktok', files: ['TikTok_Data_1726531200.zip'] },
    ],
  },
  {
    id: 'journalist-x-google',
    name: 'Mara Lindqvist, freelance journalist, Berlin',
    platforms: ['x', 'google'],
    story:
      'Mara publishes on X and lives in her Google account. Her X archive lists three apps she connected ' +
      '(one is a scheduler, Nordpfad Scheduler) and a sign-in from a Hetzner address; her Google Takeout, ' +
      'split in two parts as Takeout does, shows a password change and a Gmail sign-in from a DigitalOcean ' +
      'address. Hosting networks run servers: which of these were her own tools?',
    exports: [
      { platform: 'x', files: ['twitter-2025-06-01-5b0e8f4c2d1a9e7b3c6f0a1d2e4b8c9f7a3e5d1c0b2f4a6e8d9c7b5a3f1e0d2c4.zip'] },
      { platform: 'google', files: ['takeout-20250601T101010Z-001.zip', 'takeout-20250601T101010Z-002.zip'] },
    ],
  },
  {
    id: 'takeover-facebook',
    name: 'Zoé Lefèvre, Lyon: an account someone else used',
    platforms: ['facebook'],
    story:
      'Zoé signs in from home and mobile lines in Lyon. Her Facebook export also shows a login and a logout ' +
      'from an OVH data-centre address, and an active session from an Amazon AWS address in Frankfurt on a ' +
      '"Linux" device she does not know, through an app called "Puzzle Garden". Walk the room from the ' +
      'first strange login to the session that was still open.',
    exports: [{ platform: 'facebook', files: ['facebook-zoelefevre42-2024-12-11-Qm4vT9sA.zip'] }],
  },
];

export function personaById(id: string): PersonaInfo | undefined {
  return PERSONAS.find((p) => p.id === id);
}

export function personaList(): PersonaListItem[] {
  return PERSONAS.map(({ id, name, platforms, story }) => ({ id, name, platforms: [...platforms], story }));
}
