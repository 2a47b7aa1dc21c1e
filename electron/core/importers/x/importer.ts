/**
 * The X/Twitter archive importer, reading by the declared spec (declared.ts): the manifest first
 * (the account's id tells whose side of a DM is whose), then every declared data file in order (account.js before account-creation-ip.js,
 * whose event takes the account's creation time). One unreadable file is a problem on that
 * file, not the end of the import (common/member-guard.ts).
 */
import type { ImportRecord } from '../../../../shared/records';
import { readEachMember, type MemberRead } from '../common/member-guard';
import type { ImportContext, Importer } from '../types';
import { xCatalogue } from './catalogue';
import { readManifest } from './manifest';
import type { XState } from './map-util';
import type { PlatformSpec } from '../common/spec-format';
import type { XMapperId } from './declared';
import { manifestMember, readSpecOf, X_READ, xDataMembers } from './members';
import { readDataFile } from './readers';
import { recogniseX } from './recognise';

// 1.1.0: 2018 layout, key-registry, suspensions, conversions, conversation events, ledger.
export const X_PARSER_VERSION = '1.1.0';

export interface XImporterOptions {
  /** The declared spec to read by (declared.ts X_SPEC when absent); a test passes a changed copy. */
  spec?: PlatformSpec<XMapperId>;
}

export function createXImporter(opts: XImporterOptions = {}): Importer {
  const read = opts.spec ? readSpecOf(opts.spec) : X_READ;
  return {
    id: 'x-archive',
    platform: 'x',
    parserVersion: X_PARSER_VERSION,
    recognise: recogniseX,
    catalogue: xCatalogue,
    async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
      const state: XState = {};
      const manifest = manifestMember(ctx.inventory, read);
      const members: MemberRead[] = xDataMembers(ctx.inventory, read).map(({ entry, spec }) => ({ path: entry.path, read: () => readDataFile(ctx, entry.path, spec, state) }));
      if (manifest) members.unshift({ path: manifest.path, read: () => readManifest(ctx, manifest.path, state) });
      yield* readEachMember(ctx, members);
    },
  };
}

/** The importer as registered (the declared spec). */
export const xArchive: Importer = createXImporter();
