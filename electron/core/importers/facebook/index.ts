/**
 * The Facebook JSON importer: Meta's shared engine (meta/) with Facebook's spec table and
 * recognition signature, for the pre-2024 and 2024+ layouts.
 */
import { createMetaImporter } from '../meta/importer';
import type { Importer } from '../types';
import { FACEBOOK_SIGNATURE } from './recognise';

export const FACEBOOK_PARSER_VERSION = '1.1.0';

export const facebookJson: Importer = createMetaImporter({
  id: 'facebook-json', platform: 'facebook', parserVersion: FACEBOOK_PARSER_VERSION, signature: FACEBOOK_SIGNATURE,
});

export const facebookImporters: Importer[] = [facebookJson];

export { FACEBOOK_SIGNATURE } from './recognise';
export type { FacebookFormat } from './recognise';
export { ACTION_RULES, FACEBOOK_SPECS } from './spec';
