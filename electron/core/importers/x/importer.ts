/**
 * The X/Twitter archive importer: the manifest first (the account's id tells whose side of a DM
 * is whose), then every known data file in spec order (account.js before account-creation-ip.js,
 * whose event takes the account's creation time). One unreadable file is a problem on that
 * file, not the end of the import (common/member-guard.ts).
 */
import type { ImportRecord } from '../../../../shared/records';
import { MemberGuard } from '../common/member-guard';
import type { ImportContext, Importer } from '../types';
import { xCatalogue } from './catalogue';
import { readManifest } from './manifest';
import type { XState } from './map-util';
import { manifestMember, xDataMembers } from './members';
import { readDataFile } from './readers';
import { recogniseX } from './recognise';

export const X_PARSER_VERSION = '1.0.0';

export const xArchive: Importer = {
  id: 'x-archive',
  platform: 'x',
  parserVersion: X_PARSER_VERSION,
  recognise: recogniseX,
  catalogue: xCatalogue,
  async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
    const guard = new MemberGuard(ctx);
    const state: XState = {};
    const manifest = manifestMember(ctx.inventory);
    if (manifest) yield* guard.run(manifest.path, readManifest(ctx, manifest.path, state));
    for (const { entry, spec } of xDataMembers(ctx.inventory)) {
      ctx.signal.throwIfAborted();
      yield* guard.run(entry.path, readDataFile(ctx, entry.path, spec, state));
    }
    guard.finish();
  },
};
