/**
 * Export text never drives the terminal: a device name carrying an escape sequence (clear screen,
 * set window title) and a bidi override reach `whereabouts analyze`'s readable output as visible
 * `\u001b`-style text, and its JSON output still parses to the original value.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termSafe } from '../../../electron/cli/term-safe';
import { writeDeterministicZip } from '../../fixtures/generators/zip';
import { tempDir } from '../helpers';

const ROOT = resolve(__dirname, '..', '..', '..');
const EVIL = '\u001b]0;pwned\u0007\u001b[2JPixel\u202eevil';

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'cli', 'index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('terminal output', () => {
  it('shows control and bidi characters from an export as escapes, and keeps JSON equal', async () => {
    const dir = tempDir();
    const zip = join(dir, 'TikTok_Data_1700000000.zip');
    const data = {
      'Your Activity': {
        'Login History': { LoginHistoryList: [{ Date: '2024-01-01 10:00:00', IP: '192.0.2.10', DeviceModel: EVIL, DeviceSystem: 'Android 14', NetworkType: 'wifi', Carrier: 'Example' }] },
      },
    };
    await writeDeterministicZip(zip, [{ path: 'user_data_tiktok.json', content: JSON.stringify(data) }]);
    const human = cli(['analyze', zip, '--db', join(dir, 'a.db')]);
    expect(human.status, human.stderr).toBe(0);
    expect(human.stdout).toContain('Pixel');
    expect(human.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(human.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2JPixel\\u202eevil');

    const json = cli(['analyze', zip, '--db', join(dir, 'b.db'), '--json']);
    expect(json.status, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { access: { devices: { model: string | null }[] } };
    expect(doc.access.devices.map((d) => d.model)).toContain(EVIL);
  }, 240_000);

  it('escapes each unsafe character once and leaves ordinary text alone', () => {
    expect(termSafe('a\tb ü 日本 😀')).toBe('a\tb ü 日本 😀');
    expect(termSafe('\u0000\u001b\u009b\u2028\u2066')).toBe('\\u0000\\u001b\\u009b\\u2028\\u2066');
  });
});
