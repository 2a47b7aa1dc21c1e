/**
 * The X/Twitter archive importer: the manifest first (the account's id tells whose side of a DM
 * is whose), then every known data file in spec order (account.js before account-creation-ip.js,
 * whose event takes the account's creation time). One unreadable file is a problem on that
 * file, not the end of the import (common/member-guard.ts).
 */
import type { ImportRecord } from '../../../../shared/records';
import { readEachMember, type MemberRead } from '../common/member-guard';
import type { ImportContext, Importer } from '../types';
import { xCatalogue } from './catalogue';
import { readManifest } from './manifest';
import type { XState } from './map-util';
import { manifestMember, xDataMembers } from './members';
import { readDataFile } from './readers';
import { recogniseX } from './recognise';

// 1.1.0: 2018 layout, key-registry, suspensions, conversions, conversation events, ledger.
export const X_PARSER_VERSION = '1.1.0';

export const xArchive: Importer = {
  id: 'x-archive',
  platform: 'x',
  parserVersion: X_PARSER_VERSION,
  recognise: recogniseX,
  catalogue: xCatalogue,
  async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
    const state: XState = {};
    const manifest = manifestMember(ctx.inventory);
    const members: MemberRead[] = xDataMembers(ctx.inventory).map(({ entry, spec }) => ({ path: entry.path, read: () => readDataFile(ctx, entry.path, spec, state) }));
    if (manifest) members.unshift({ path: manifest.path, read: () => readManifest(ctx, manifest.path, state) });
    yield* readEachMember(ctx, members);
  },
};
