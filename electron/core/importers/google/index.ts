/** Google Takeout importer (reference/export-formats.md §4). */
import type { Importer } from '../types';
import { googleTakeout } from './importer';

export { googleTakeout, createGoogleImporter, GOOGLE_PARSER_VERSION } from './importer';
export type { GoogleImporterOptions } from './importer';
export { googleCatalogue } from './catalogue';
export { classifyMember, detectLang, googleMembers } from './members';
export { LOCALES } from './spec';
export { GOOGLE_SPEC } from './declared';

export const googleImporters: Importer[] = [googleTakeout];
