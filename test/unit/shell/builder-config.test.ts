/** electron-builder.yml validates against electron-builder's own schema and keeps the security settings. */
import { describe, expect, it } from 'vitest';
import { ROOT } from './source-scan';

interface BuilderConfig {
  publish: unknown;
  npmRebuild: boolean;
  asarUnpack: string[];
  files: unknown;
  extraResources: unknown;
  electronFuses: Record<string, boolean>;
}

describe('electron-builder.yml', () => {
  it('is valid and hardened', async () => {
    // app-builder-lib is electron-builder's engine; its CommonJS internals have no typings.
    const lib = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
      getConfig(dir: string, path: null, opts: null): Promise<BuilderConfig>;
      validateConfiguration(cfg: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const cfg = await lib.getConfig(ROOT, null, null);
    await lib.validateConfiguration(cfg, { isEnabled: false, add: () => undefined });
    expect(cfg.publish).toBeNull();
    expect(cfg.npmRebuild).toBe(true);
    expect(cfg.asarUnpack).toContain('**/*.node');
    // getConfig normalises file sets to {filter}/{from,to} objects.
    expect(JSON.stringify(cfg.files)).toBe(JSON.stringify([{ filter: ['out/**', 'package.json'] }]));
    expect(JSON.stringify(cfg.extraResources)).toContain('"from":"resources/generated","to":"generated"');
    expect(cfg.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
