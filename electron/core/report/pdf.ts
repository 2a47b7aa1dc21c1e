/**
 * HTML report → PDF through a local headless Chromium driven by playwright-core (a dev
 * dependency; absent in packaged builds, where the Electron app prints with printToPDF instead).
 * Offline by construction: Playwright talks to Chromium over a pipe, DNS is disabled with
 * --host-resolver-rules, the page's JavaScript is off, every request the page might make is
 * aborted, and the HTML is set with setContent — never navigated to from a URL.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export class PdfUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The few playwright-core members used here (kept structural so nothing imports its types at build time). */
interface PwPage {
  route(url: string, handler: (route: { abort(): Promise<void> }) => Promise<void>): Promise<void>;
  setContent(html: string, opts: { waitUntil: 'load' }): Promise<void>;
  pdf(opts: { format: string; printBackground: boolean; margin: Record<string, string> }): Promise<Buffer>;
}
interface PwBrowser {
  newContext(opts: { javaScriptEnabled: boolean; offline: boolean }): Promise<{ newPage(): Promise<PwPage> }>;
  close(): Promise<void>;
}
interface PwModule {
  chromium: { launch(opts: { executablePath: string; args: string[]; headless: boolean }): Promise<PwBrowser> };
}

function loadPlaywright(): PwModule {
  // Resolved at run time (the name is not a literal), so bundlers leave it out of the CLI bundle.
  const name = ['playwright', 'core'].join('-');
  try {
    return createRequire(__filename)(name) as PwModule;
  } catch {
    throw new PdfUnavailableError('PDF output needs playwright-core, which is not installed here; write report.html and print it to PDF from a browser instead.');
  }
}

export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const executablePath = chromiumPath(env);
  if (!existsSync(executablePath)) {
    throw new PdfUnavailableError(`PDF output needs Chromium, not found at ${executablePath} (set CHROMIUM_PATH); write report.html and print it to PDF from a browser instead.`);
  }
  const pw = loadPlaywright();
  const browser = await pw.chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
  } finally {
    await browser.close();
  }
}
