/**
 * No value from the export reaches the shape text. Canaries are planted in synthetic exports from
 * the project's generators (a persona's name, username, e-mail, phone and bio; chat partners —
 * which TikTok writes inside keys —, messages, comments, searches, login IPs, device models) and in
 * hand-made members (a canary inside keys, an e-mail and an IP as keys, a URL with a canary path
 * on a platform host, a message folder named after a person, a canary label line in a TXT
 * message). Every string the generators' models hold is then looked for in the output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shapeExports } from '../../../electron/core/shape/shape-export';
import { generateTikTokExport, type TikTokModel } from '../../fixtures/generators/tiktok';
import { writeDeterministicZip, type ZipInput } from '../../fixtures/generators/zip';

const tmp = mkdtempSync(join(tmpdir(), 'shape-privacy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PERSONA = {
  name: 'Quillon Canaryfeld',
  username: 'quillon.canary77',
  email: 'quillon.canary@example.com',
  phone: '+49 555 0199887',
  bio: 'canarybio sunsets and ferries',
};

/** Hand-made members that put data where a careless dump would print it. */
const PLANTED: ZipInput[] = [
  { path: 'planted/keys.json', content: JSON.stringify({
    'Chat History with canarykeyperson:': [{ Date: '2024-01-01 10:00:00', Content: 'canarymessage one' }],
    'canarymail@example.org': { seen: 'yes' },
    '198.51.100.77': { ok: true },
    '1234567890123': { RawTime: 1700000000 },
    'https://canaryhost.example/path': 1,
    [`${'canarylongkey '.repeat(10)}`]: 2,
    links: ['https://www.tiktok.com/@canaryhandle/video/7300000000000000001', 'https://canaryhost.example/x'],
    label_values: [{ label: 'canarylabel@example.com', value: 'canaryvalue' }],
    type: 'Canary Person 12345',
  }) },
  { path: 'planted/comments.txt', content: 'Date: 2024-01-01 10:00:00\nComment: first line\n'
    + Array.from({ length: 60 }, (_, i) => `Date: 2024-01-0${(i % 9) + 1} 10:00:00\nComment: ok ${i}\n`).join('')
    + 'Canaryquote Person: said this on the second line of a comment\n' },
  { path: 'your_instagram_activity/messages/inbox/canaryfolderperson_123456/message_1.json', content: '{"title":"x"}' },
];

const CANARIES = [
  'canarykeyperson', 'canarymessage', 'canarymail', '198.51.100.77', '1234567890123', 'canaryhost', 'canarylongkey',
  'canaryhandle', '7300000000000000001', 'canarylabel', 'canaryvalue', 'Canary Person', 'Canaryquote', 'canaryfolderperson',
];

/** Every string in a generator's model (its data), long enough not to be a common word. */
function modelStrings(model: TikTokModel): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length >= 6) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(model);
  out.delete(model.variant);
  return [...out];
}

async function shapeText(zip: string): Promise<string> {
  const blocks: string[] = [];
  await shapeExports([[zip]], (b) => blocks.push(b));
  return blocks.join('');
}

describe('shape never prints a value', () => {
  for (const variant of ['json-2024', 'json-2026', 'txt-2023'] as const) {
    it(`TikTok ${variant} with planted canaries`, async () => {
      const generated = generateTikTokExport({ variant, seed: 11, persona: PERSONA, adversarial: true });
      const zip = join(tmp, `${variant}.zip`);
      await writeDeterministicZip(zip, [...generated.files, ...PLANTED]);
      const text = await shapeText(zip);

      const values = [...modelStrings(generated.model), ...Object.values(PERSONA), ...CANARIES];
      // The model really holds the planted persona, chats and logins (the check below is not empty).
      expect(values).toContain(PERSONA.email);
      expect(generated.model.chats.length).toBeGreaterThan(0);
      expect(generated.model.logins.length).toBeGreaterThan(0);
      // A plain word ("Search", an event name) also names keys and files: it leaks only as a value.
      const leaked = values.filter((v) => (/^[A-Za-z]+$/.test(v) ? text.includes(JSON.stringify(v)) : text.includes(v)));
      expect(leaked).toEqual([]);
      expect(text.toLowerCase()).not.toContain('canary');

      // …while the structure is there: the reduced keys and the platform host of the URL.
      expect(text).toContain('"Chat History with <name>:"');
      expect(text).toContain('"<email key>"');
      expect(text).toContain('"<ip key>"');
      expect(text).toContain('"<numeric key>"');
      expect(text).toContain('"<url key>"');
      expect(text).toContain('"<long key>"');
      expect(text).toContain('"<url host=www.tiktok.com path-segments=3>" | "<url host=other path-segments=1>"');
      expect(text).toContain('### your_instagram_activity/messages/inbox/<thread>/message_1.json');
      expect(text).toContain('labels: Date: "<YYYY-MM-DD hh:mm:ss>" | Comment: "<string len 10>"\n');
    });
  }
});
