/** The desktop app's PDF path, without Electron: the handler and the print window's policy. */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createReportPdfHandler, isPdfSourceRequest, pdfWindowOptions, writePdfSource } from '../../../electron/main/report-pdf';

describe('report.pdf in the desktop app', () => {
  it('builds the HTML report through the core and prints it', async () => {
    const seen: unknown[] = [];
    const handler = createReportPdfHandler(
      { 'report.build': async (req) => { seen.push(req); return { filename: 'whereabouts-report-2026-01-01.html', content: '<p>hi</p>' }; } },
      async (html) => Buffer.from(`PDF:${html}`),
    );
    const out = await handler({ claims: [{ template: 'no-third-party-apps' }] });
    expect(seen).toEqual([{ claims: [{ template: 'no-third-party-apps' }], format: 'html' }]);
    expect(out).toEqual({ filename: 'whereabouts-report-2026-01-01.pdf', base64: Buffer.from('PDF:<p>hi</p>').toString('base64') });
  });

  it('prints in a hidden window without JavaScript or preload, in its own session, and lets through only the report file', () => {
    const o = pdfWindowOptions();
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect('preload' in o.webPreferences).toBe(false);
    const src = writePdfSource('<p>report</p>', tmpdir());
    try {
      expect(readFileSync(fileURLToPath(src.url), 'utf8')).toBe('<p>report</p>');
      expect(isPdfSourceRequest(src.url, src.url)).toBe(true);
      expect(isPdfSourceRequest('https://example.com/x.png', src.url)).toBe(false);
      expect(isPdfSourceRequest(`${src.url}?x`, src.url)).toBe(false);
    } finally {
      src.remove();
    }
    expect(existsSync(fileURLToPath(src.url))).toBe(false);
  });
});
