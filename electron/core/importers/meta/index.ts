/**
 * Shared machinery of the Meta importers (Instagram, Facebook): spec vocabulary, record-shape
 * lookup, text repair per record, streaming reader, recognition and catalogue. See README.md.
 */
export { createMetaImporter, type MetaImporterOptions } from './importer';
export { HtmlExportError, htmlExportMessage, isHtmlFormat } from './html-export';
export { recogniseMeta, decideFormat, diagnoseHtmlExport, type MetaSignature } from './recognise';
export { metaCatalogue, MEDIA_FILE } from './catalogue';
export { FieldBag } from './fields';
export { urlsInText, isHttpUrl } from './urls';
export { WHOLE_MAX_BYTES, readMetaMember } from './read-member';
export type { MetaFileSpec } from './spec-types';
