/**
 * The Facebook JSON importer: Meta's shared engine (meta/) reading Facebook's declared spec
 * (declared.ts, with rules.ts) and recognition signature, for the pre-2024 and 2024+ layouts.
 */
import type { PlatformSpec } from '../common/spec-format';
import type { MetaMapperId } from '../meta/declared';
import { createMetaImporter } from '../meta/importer';
import type { MetaFileSpec } from '../meta/spec-types';
import type { Importer } from '../types';
import { FACEBOOK_SIGNATURE } from './recognise';

export const FACEBOOK_PARSER_VERSION = '1.1.0';

export interface FacebookImporterOptions {
  /** The declared spec to read by (declared.ts FACEBOOK_SPEC when absent); a test passes a changed copy. */
  spec?: PlatformSpec<MetaMapperId>;
}

export function createFacebookImporter(opts: FacebookImporterOptions = {}): Importer {
  return createMetaImporter({
    id: 'facebook-json', platform: 'facebook', parserVersion: FACEBOOK_PARSER_VERSION, signature: FACEBOOK_SIGNATURE,
    ...(opts.spec ? { spec: opts.spec } : {}),
  });
}

export const facebookJson: Importer = createFacebookImporter();

export const facebookImporters: Importer[] = [facebookJson];

/** The declared spec compiled into the rows the reader runs (meta/compile.ts): not a table, edit declared.ts / rules.ts. */
export const FACEBOOK_SPECS: readonly MetaFileSpec[] = FACEBOOK_SIGNATURE.read.rows;

export { FACEBOOK_SIGNATURE } from './recognise';
export type { FacebookFormat } from './recognise';
export { FACEBOOK_SPEC } from './declared';
export { ACTION_RULES, FACEBOOK_RULES } from './rules';
