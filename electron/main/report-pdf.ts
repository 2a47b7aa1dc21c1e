/**
 * The desktop app's `report.pdf`: the core builds the HTML report, a hidden window prints it
 * (webContents.printToPDF). Everything here is plain and unit-tested; index.ts only creates the
 * window. The window has no preload and no JavaScript, lives in its own in-memory session whose
 * request guard lets through exactly one URL — the temporary file holding the report — and is
 * destroyed after printing; the file is deleted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Handlers } from '../core/api/types';

export const PDF_PARTITION = 'whereabouts-report-pdf';

/** A4 with modest margins; backgrounds printed so grade badges keep their borders. */
export const PDF_PRINT_OPTIONS = {
  printBackground: true,
  pageSize: 'A4',
  margins: { top: 0.6, bottom: 0.6, left: 0.55, right: 0.55 },
} as const;

export function pdfWindowOptions() {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      partition: PDF_PARTITION,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      webviewTag: false,
      devTools: false,
    },
  } as const;
}

export interface PdfSource {
  url: string;
  remove(): void;
}

/** The report written to a private temporary folder (a data: URL would hit Chromium's 2 MB URL limit). */
export function writePdfSource(html: string, tempRoot: string): PdfSource {
  const dir = mkdtempSync(join(tempRoot, 'report-pdf-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html, 'utf8');
  return { url: pathToFileURL(file).href, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The print window's session lets exactly the report file through. */
export function isPdfSourceRequest(requestUrl: string, sourceUrl: string): boolean {
  return requestUrl === sourceUrl;
}

export function createReportPdfHandler(core: Pick<Handlers, 'report.build'>, print: (html: string) => Promise<Buffer>): Handlers['report.pdf'] {
  return async (req) => {
    const built = await core['report.build']({ ...req, format: 'html' });
    const pdf = await print(built.content);
    return { filename: built.filename.replace(/\.html$/, '.pdf'), base64: pdf.toString('base64') };
  };
}
