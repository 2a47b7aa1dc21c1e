/**
 * Shared steps for the workshop specs (issue 16): load a persona with its start-screen button,
 * visit every view and read its markup, collect the import's raw values through the core's own
 * API (never hard-coded), and look for them as whole tokens.
 */
import type { Page } from '@playwright/test';
import type { EventDetail, Req, Res } from '../../../shared/api';
import type { EventKind } from '../../../shared/domain';
import { expect } from '../harness';

/** Every nav view, then the import page (opened from the header). */
export const NAV_VIEWS = ['overview', 'timeline', 'who', 'where', 'sources', 'settings', 'about', 'claims', 'group'] as const;

export interface ViewDump {
  view: string;
  html: string;
  text: string;
}

/** Clicks the persona's button on the start screen and waits for the overview. */
export async function loadPersonaViaUi(page: Page, id: string): Promise<void> {
  const button = page.getByTestId(`import-persona-${id}`);
  await expect(button, 'the persona button (needs `npm run build` to write the personas)').toBeVisible();
  await button.click();
  await expect(page.getByTestId('overview-events-total')).toBeVisible({ timeout: 60_000 });
}

/** Calls one contract channel in the page, through the same transport the app uses. */
export async function call<C extends keyof CallMap>(page: Page, channel: C, req: Req<C>): Promise<Res<C>> {
  return page.evaluate(
    async ([ch, r]) => {
      const api = (globalThis as unknown as { api: Record<string, (x: unknown) => Promise<unknown>> }).api;
      return api[ch]!(r);
    },
    [channel, req] as const,
  ) as Promise<Res<C>>;
}
type CallMap = { [C in 'access.summary' | 'timeline.page' | 'timeline.event' | 'sources.list' | 'profile.info' | 'profiles.list']: true };

/**
 * Waits until the view's queries answered: no "Loading …" line left and the network quiet. On a
 * loaded machine "networkidle" alone can come before a view's first request has started.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .loading')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

/** The markup and visible text right now. */
export async function dump(page: Page, view: string): Promise<ViewDump> {
  const got = await page.evaluate(() => {
    const d = (globalThis as unknown as { document: { body: { innerText: string }; documentElement: { outerHTML: string } } }).document;
    return { text: d.body.innerText, html: d.documentElement.outerHTML };
  });
  return { view, ...got };
}

/**
 * Opens each view in turn (views mount only when shown) and returns its markup after its queries
 * answered. `visit` may act inside a view (open a detail, search) and return more dumps.
 */
export async function everyView(page: Page, visit?: (view: string) => Promise<ViewDump[]>): Promise<ViewDump[]> {
  const out: ViewDump[] = [];
  for (const v of NAV_VIEWS) {
    await page.getByTestId(`nav-${v}`).click();
    await expect(page.getByTestId(`view-${v}`).or(page.getByText('Nothing imported yet'))).toBeVisible();
    await settled(page);
    out.push(await dump(page, v));
    if (visit) out.push(...(await visit(v)));
  }
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('view-import')).toBeVisible();
  await settled(page);
  out.push(await dump(page, 'import'));
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value as a whole token: "1.2.3.4" is not found inside "11.2.3.45", "mia" not inside "premium". */
export function tokenPattern(value: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_.@-])${escapeRe(value)}(?![\\p{L}\\p{N}_-]|\\.\\p{N})`, 'u');
}

/** For each value, the views whose markup or text holds it. */
export function whereFound(dumps: readonly ViewDump[], values: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const v of values) {
    const re = tokenPattern(v);
    // HTML escapes & < > " in text; look in both the markup and the rendered text.
    const hits = dumps.filter((d) => re.test(d.html) || re.test(d.text)).map((d) => d.view);
    if (hits.length) found[v] = [...new Set(hits)];
  }
  return found;
}

/** Event kinds whose text is a person's own words (messages, comments, searches, posts). */
const TEXT_KINDS: readonly EventKind[] = ['message', 'comment', 'search', 'post'];

export interface Canaries {
  ips: string[];
  /** Counterparts: the people and handles a record names. */
  people: string[];
  /** Message, comment, search and post text. */
  texts: string[];
}

/**
 * The import's raw values, asked from the core before presenter mode is on: every IP address the
 * Who view lists, every counterpart on the timeline, and the text of message/comment/search/post
 * records. Short values (under 5 characters) are left out: as whole tokens they could be ordinary
 * words of the interface.
 */
export async function collectCanaries(page: Page): Promise<Canaries> {
  const access = await call(page, 'access.summary', {});
  const ips = [...new Set(access.ips.map((r) => r.ip))];
  const people = new Set<string>();
  const textIds: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const p = await call(page, 'timeline.page', { filter: {}, offset, limit: 1000 });
    for (const e of p.events) {
      if (e.counterpart) people.add(e.counterpart);
      if (TEXT_KINDS.includes(e.kind)) textIds.push(e.id);
    }
    if (offset + p.events.length >= p.total || p.events.length === 0) break;
  }
  const texts = new Set<string>();
  for (const id of textIds.slice(0, 120)) {
    const d: EventDetail | null = await call(page, 'timeline.event', { id });
    if (d?.text) texts.add(d.text.trim());
  }
  const long = (xs: Iterable<string>): string[] => [...xs].filter((x) => x.length >= 5);
  return { ips, people: long(people), texts: long(texts) };
}
