/** X/Twitter archive importer (reference/export-formats.md §5). */
import type { Importer } from '../types';
import { xArchive } from './importer';

export { xArchive, createXImporter, X_PARSER_VERSION } from './importer';
export type { XImporterOptions } from './importer';
export { xCatalogue } from './catalogue';
export { decideFormat } from './recognise';
export { stripYtdPreface } from './preface';
export { X_SPEC } from './declared';

export const xImporters: Importer[] = [xArchive];
