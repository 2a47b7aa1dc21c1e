/**
 * The Google Takeout importer, reading by the declared spec (declared.ts): finds the members it
 * reads by the declared patterns (members.ts), reads them in the rules' order — Location History
 * settings first, so the records it labels can name their device — and streams each through its
 * reader (readers.ts). One unreadable member is a problem on that member, not the end of the
 * import (common/member-guard.ts).
 */
import type { ImportRecord } from '../../../../shared/records';
import { readEachMember } from '../common/member-guard';
import type { PlatformSpec } from '../common/spec-format';
import type { ImportContext, Importer } from '../types';
import { googleCatalogue } from './catalogue';
import type { GoogleMapperId } from './declared';
import { GOOGLE_READ, googleMembers, readSpecOf } from './members';
import { readMember, type ReadState } from './readers';
import { recogniseGoogle } from './recognise';

// 1.1.0: Ads kinds and advertisers, redirects unwrapped, locationInfos as location events, ledger.
export const GOOGLE_PARSER_VERSION = '1.1.0';

export interface GoogleImporterOptions {
  /** The declared spec to read by (declared.ts GOOGLE_SPEC when absent); a test passes a changed copy. */
  spec?: PlatformSpec<GoogleMapperId>;
}

export function createGoogleImporter(opts: GoogleImporterOptions = {}): Importer {
  const read = opts.spec ? readSpecOf(opts.spec) : GOOGLE_READ;
  return {
    id: 'google-takeout',
    platform: 'google',
    parserVersion: GOOGLE_PARSER_VERSION,
    recognise: recogniseGoogle,
    catalogue: (format) => googleCatalogue(format, opts.spec),
    async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
      const state: ReadState = { devices: new Map() };
      const members = googleMembers(ctx.inventory, read).map(({ entry, row }) => ({ path: entry.path, read: () => readMember(ctx, entry.path, row, state) }));
      yield* readEachMember(ctx, members);
    },
  };
}

/** The importer as registered (the declared spec). */
export const googleTakeout: Importer = createGoogleImporter();
