/**
 * TikTok importers: the JSON export (user_data*.json, 2022–2026 schemas) and the TXT export
 * (2020 folders, 2023+ flat files). The registry picks by Recognition.confidence.
 */
import type { Importer } from '../types';
import { tiktokJson } from './json-importer';
import { TIKTOK_INDEX } from './sections';
import { tiktokTxt } from './txt-importer';

export { tiktokJson, createTikTokJsonImporter, importTikTokJsonMember, TIKTOK_JSON_PARSER_VERSION } from './json-importer';
export type { TikTokJsonOptions } from './json-importer';
export type { SectionReport } from './json-units';
export { tiktokTxt, createTikTokTxtImporter, importTikTokTxtMember, TIKTOK_TXT_PARSER_VERSION } from './txt-importer';
export type { TikTokTxtOptions } from './txt-importer';
export { tiktokCatalogue as catalogue } from './catalogue';
export { recogniseJson, recogniseTxt, decideJsonFormat, decideTxtFormat, scanJsonHead } from './recognise';
export type { JsonFormat, TxtFormat } from './recognise';
export { TIKTOK_SPEC } from './declared';
/** The rows the readers run on, compiled from the declared spec (compile.ts). */
export const SECTIONS = TIKTOK_INDEX.sections;

export const tiktokImporters: Importer[] = [tiktokJson, tiktokTxt];
