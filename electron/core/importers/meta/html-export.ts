/**
 * Meta offers the same export as HTML (the default) or JSON, and Whereabouts reads only JSON.
 * An HTML export has the same folders with `.html` files, so recognition can tell it apart and
 * say what to do instead of "not an export Whereabouts can read".
 *
 * How it reaches the person: recognise() returns a Recognition with format `<platform>-html`
 * and this sentence as its reason; import() then throws an Error with the same sentence, which
 * the import pipeline shows as the failure message (nothing is written: the import is atomic).
 * `diagnoseHtmlExport` gives the sentence for any other caller (CLI, registry) without importing.
 */
import { ExportError } from '../types';

export const HTML_FORMAT_SUFFIX = '-html';

export function htmlExportMessage(platform: string): string {
  return `this is the HTML version of the ${platform} export; request the JSON format instead `
    + '(Accounts Center → Your information and permissions → Download your information → Format: JSON) and import that';
}

export function isHtmlFormat(format: string): boolean {
  return format.endsWith(HTML_FORMAT_SUFFIX);
}

/** Thrown by import() for an HTML export. Not a MemberError: no one member is at fault. */
export class HtmlExportError extends ExportError {
  constructor(readonly platform: string) {
    super(htmlExportMessage(platform));
    this.name = 'HtmlExportError';
  }
}
