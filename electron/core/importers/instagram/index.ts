/**
 * The Instagram JSON importer: Meta's shared engine (meta/) reading Instagram's declared spec
 * (declared.ts, with rules.ts) and recognition signature. One importer for the 2021–2025
 * layouts; the format only labels them.
 */
import type { PlatformSpec } from '../common/spec-format';
import type { MetaMapperId } from '../meta/declared';
import { createMetaImporter } from '../meta/importer';
import type { MetaFileSpec } from '../meta/spec-types';
import type { Importer } from '../types';
import { INSTAGRAM_SIGNATURE } from './recognise';

export const INSTAGRAM_PARSER_VERSION = '1.1.0';

export interface InstagramImporterOptions {
  /** The declared spec to read by (declared.ts INSTAGRAM_SPEC when absent); a test passes a changed copy. */
  spec?: PlatformSpec<MetaMapperId>;
}

export function createInstagramImporter(opts: InstagramImporterOptions = {}): Importer {
  return createMetaImporter({
    id: 'instagram-json', platform: 'instagram', parserVersion: INSTAGRAM_PARSER_VERSION, signature: INSTAGRAM_SIGNATURE,
    ...(opts.spec ? { spec: opts.spec } : {}),
  });
}

export const instagramJson: Importer = createInstagramImporter();

export const instagramImporters: Importer[] = [instagramJson];

/** The declared spec compiled into the rows the reader runs (meta/compile.ts): not a table, edit declared.ts / rules.ts. */
export const INSTAGRAM_SPECS: readonly MetaFileSpec[] = INSTAGRAM_SIGNATURE.read.rows;

export { INSTAGRAM_SIGNATURE } from './recognise';
export type { InstagramFormat } from './recognise';
export { INSTAGRAM_SPEC } from './declared';
export { INSTAGRAM_RULES } from './rules';
