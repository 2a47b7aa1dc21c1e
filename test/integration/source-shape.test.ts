/**
 * The Sources view's "save structure description": `sources.shape` through the real core gives
 * the same text as `whereabouts shape` for the imported export, holds none of its values, and says
 * plainly what to do when the export is no longer on disk.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/api';
import { createCore } from '../../electron/core/api/core';
import type { Core } from '../../electron/core/api/types';
import { callChannel } from '../../electron/core/serve/dispatch';
import { shapeExports } from '../../electron/core/shape/shape-export';
import { writeDeterministicZip } from '../fixtures/generators/zip';
import { tempDir } from './helpers';

function imported(core: Core, jobId: string): Promise<ImportResult> {
  return new Promise((resolve) => {
    const off = core.events.on('import.done', (r) => {
      if (r.jobId === jobId) {
        off();
        resolve(r);
      }
    });
  });
}

describe('sources.shape', () => {
  it('describes the imported export without its values, and explains when the file is gone', async () => {
    const dir = tempDir('wa-shape-src-');
    const zip = join(dir, 'TikTok_Data_1700000000.zip');
    const data = {
      'Your Activity': {
        'Login History': { LoginHistoryList: [{ Date: '2024-01-01 10:00:00', IP: '198.51.100.77', DeviceModel: 'CanaryPhone', DeviceSystem: 'iOS', NetworkType: 'wifi', Carrier: 'CanaryTel' }] },
        'Mystery Section': { MysteryList: [{ Date: '2024-01-02 10:00:00', Secret: 'canary-secret-value' }] },
      },
    };
    await writeDeterministicZip(zip, [{ path: 'user_data_tiktok.json', content: JSON.stringify(data) }, { path: 'extra/unknown.json', content: '{"canaryKey": "canary-value"}' }]);
    const core = await createCore({ dbPath: join(dir, 'p.db'), transport: 'serve', inProcess: true });
    try {
      const { jobId } = await core.handlers['import.start']({ paths: [zip] });
      const result = await imported(core, jobId);
      expect(result.status, result.message ?? '').toBe('imported');
      const [source] = await core.handlers['sources.list']({});
      expect(source!.coverage.unknown + source!.coverage.notRead).toBeGreaterThan(0);

      const out = await callChannel(core.handlers, 'sources.shape', { sourceId: source!.id });
      if (!out.ok) throw new Error(out.error.message);
      const { text, fileName } = out.value as { text: string; fileName: string };
      expect(fileName).toBe('TikTok_Data_1700000000-shape.txt');
      let expected = '';
      await shapeExports([[zip]], (b) => { expected += b; });
      expect(text).toBe(expected);
      expect(text).toContain('Mystery Section');
      for (const canary of ['198.51.100.77', 'CanaryPhone', 'CanaryTel', 'canary-secret-value', 'canary-value']) expect(text).not.toContain(canary);

      rmSync(zip);
      const gone = await callChannel(core.handlers, 'sources.shape', { sourceId: source!.id });
      expect(gone.ok).toBe(false);
      if (!gone.ok) {
        expect(gone.error.code).toBe('not-found');
        expect(gone.error.message).toContain('whereabouts shape');
      }
    } finally {
      await core.close();
    }
  }, 60_000);
});
