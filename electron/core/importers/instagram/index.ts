/**
 * The Instagram JSON importer: Meta's shared engine (meta/) with Instagram's spec table and
 * recognition signature. One importer for the 2021–2025 layouts; the format only labels them.
 */
import { createMetaImporter } from '../meta/importer';
import type { Importer } from '../types';
import { INSTAGRAM_SIGNATURE } from './recognise';

export const INSTAGRAM_PARSER_VERSION = '1.1.0';

export const instagramJson: Importer = createMetaImporter({
  id: 'instagram-json', platform: 'instagram', parserVersion: INSTAGRAM_PARSER_VERSION, signature: INSTAGRAM_SIGNATURE,
});

export const instagramImporters: Importer[] = [instagramJson];

export { INSTAGRAM_SIGNATURE } from './recognise';
export type { InstagramFormat } from './recognise';
export { INSTAGRAM_SPECS } from './spec';
