/**
 * The Google Takeout importer: finds the members it reads by name (members.ts), reads them in
 * order — Location History settings first, so the records it labels can name their device —
 * and streams each through its reader (readers.ts). One unreadable member is a problem on that
 * member, not the end of the import (common/member-guard.ts).
 */
import type { ImportRecord } from '../../../../shared/records';
import { readEachMember } from '../common/member-guard';
import type { ImportContext, Importer } from '../types';
import { googleCatalogue } from './catalogue';
import { googleMembers } from './members';
import { READERS, type ReadState } from './readers';
import { recogniseGoogle } from './recognise';

// 1.1.0: Ads kinds and advertisers, redirects unwrapped, locationInfos as location events, ledger.
export const GOOGLE_PARSER_VERSION = '1.1.0';

export const googleTakeout: Importer = {
  id: 'google-takeout',
  platform: 'google',
  parserVersion: GOOGLE_PARSER_VERSION,
  recognise: recogniseGoogle,
  catalogue: googleCatalogue,
  async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
    const state: ReadState = { devices: new Map() };
    const members = googleMembers(ctx.inventory).map(({ entry, kind }) => ({ path: entry.path, read: () => READERS[kind](ctx, entry.path, state) }));
    yield* readEachMember(ctx, members);
  },
};
