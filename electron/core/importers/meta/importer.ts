/**
 * One importer engine for both Meta platforms: the platform brings its declared spec, its rules
 * and its recognition signature (instagram/, facebook/), this reads the members the declared spec
 * names, by the rows compiled from it (compile.ts).
 *
 * A Meta export is many independent files (dozens of message threads, split over several zips
 * for big accounts). As for Google and X (common/member-guard.ts), one unreadable member becomes
 * a problem on that member and the rest is still imported; the export fails as a whole, with
 * the member's MemberError, only when not a single record could be read.
 */
import type { Platform } from '../../../../shared/domain';
import type { ImportRecord } from '../../../../shared/records';
import { readEachMember } from '../common/member-guard';
import type { ImportContext, Importer } from '../types';
import { metaCatalogue } from './catalogue';
import { HtmlExportError, isHtmlFormat } from './html-export';
import type { PlatformSpec } from '../common/spec-format';
import type { MetaMapperId } from './declared';
import { metaReadSpec, planMembers } from './members';
import { readMetaMember, type SharedState } from './read-member';
import { recogniseMeta, type MetaSignature } from './recognise';

export interface MetaImporterOptions {
  id: string;
  platform: Platform;
  parserVersion: string;
  signature: MetaSignature;
  /** The declared spec to read by (the signature's, compiled, when absent); a test passes a changed copy. */
  spec?: PlatformSpec<MetaMapperId>;
}

export function createMetaImporter(opts: MetaImporterOptions): Importer {
  const { signature } = opts;
  const read = opts.spec ? metaReadSpec(opts.spec, signature.read.rules) : signature.read;
  return {
    id: opts.id,
    platform: opts.platform,
    parserVersion: opts.parserVersion,
    recognise: (inventory) => Promise.resolve(recogniseMeta(inventory, signature, read)),
    catalogue: (format) => metaCatalogue(read.rows, format, signature.platform),
    async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
      if (isHtmlFormat(ctx.format)) throw new HtmlExportError(signature.platform);
      const shared: SharedState = { owners: new Set() };
      const members = planMembers(ctx.inventory, read).map(({ entry, spec }) => ({ path: entry.path, read: () => readMetaMember(ctx, entry.path, spec, shared) }));
      yield* readEachMember(ctx, members);
    },
  };
}
