/**
 * Presenter mode (issue 16 §3): with it on, no raw IP address, handle, participant name or
 * message/comment/search text of the profile reaches any answer of the core, nor a pushed event,
 * nor a report built by the app or by `whereabouts report --redact`. The canaries are collected
 * from the real database after a real import of every persona and the bundled sample; the same
 * calls with presenter mode off must show them (so the check can fail).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type ApiEvents, type Channel, type CsvTable, type EventName } from '../../../shared/api';
import { CLAIM_TEMPLATES } from '../../../shared/claim-templates';
import { PLATFORMS } from '../../../shared/domain';
import { createAnalyzeCommand } from '../../../electron/cli/analyze-command';
import { createCore } from '../../../electron/core/api/core';
import type { Core } from '../../../electron/core/api/types';
import { PERSONAS } from '../../../electron/core/personas/catalogue';
import { personaPaths } from '../../../electron/core/personas/paths';
import { defaultResourcesDir, samplePath } from '../../../electron/core/resources';
import { CSV_TABLES } from '../../../shared/schemas/requests';
import { RESPONSE_SCHEMAS } from '../../../shared/schemas/responses';
import { generateTikTokExport, SEARCH_TOKEN, writeTikTokZip, type GenerateOptions } from '../../fixtures/generators/tiktok';
import { tempDir } from '../helpers';
import { collectCanaries, leaks, textOf } from './canaries';
import { runCommand } from '../report/fixtures';

/** Channels that change the profile: not called in the sweep (import.sample is, below, for its events). */
const WRITES: Partial<Record<Channel, string>> = {
  'profile.erase': 'erases the profile',
  'sources.remove': 'removes a source',
  'import.start': 'imports',
  'import.sample': 'imports (called in its own test for the pushed events)',
  'import.persona': 'imports',
  'settings.set': 'turns presenter mode on (called first)',
  'profiles.create': 'creates a profile',
  'profiles.switch': 'needs a profiles folder (this profile is opened by path)',
  'profiles.erase': 'erases a profile',
};

const CLAIMS = CLAIM_TEMPLATES.map((t) => ({ template: t.id }));

const CANARY: GenerateOptions = {
  variant: 'json-2024', seed: 4242, adversarial: true,
  persona: { name: 'Canary Quill Person', username: 'canary.quill.7713', email: 'canary.quill@example.com', phone: '+49 555 0177313', bio: 'canary bio text 5521' },
};

describe('presenter mode', () => {
  let dir: string;
  let dbPath: string;
  let core: Core;
  let canaries: string[];
  let byKind: Record<string, string[]>;
  const exportPaths: string[] = [];

  beforeAll(async () => {
    dir = tempDir('wa-presenter-');
    dbPath = join(dir, 'profile.db');
    const resources = defaultResourcesDir();
    const analyze = (argv: string[]) => createAnalyzeCommand({ out: () => undefined, err: () => undefined }).run([...argv, '--quiet', '--db', dbPath]);
    for (const p of PERSONAS) {
      expect(await analyze(['--persona', p.id])).toBe(0);
      exportPaths.push(...personaPaths(resources, p.id));
    }
    expect(await analyze([samplePath(resources)])).toBe(0);
    exportPaths.push(samplePath(resources));
    // And a person's own export with planted values (hostile texts too), as the aggregate test plants them.
    const own = join(dir, 'TikTok_Data_1700000000.zip');
    await writeTikTokZip(own, CANARY);
    expect(await analyze([own])).toBe(0);
    exportPaths.push(own);
    ({ all: canaries, byKind } = collectCanaries(dbPath));
    const { model } = generateTikTokExport(CANARY);
    const planted = [
      CANARY.persona?.name, CANARY.persona?.username, CANARY.persona?.email, CANARY.persona?.phone, CANARY.persona?.bio,
      ...model.comments.map((c) => c.text), ...model.searches.map((x) => x.term), SEARCH_TOKEN, ...model.chats.map((c) => c.partner), ...model.logins.map((l) => l.ip),
    ].filter((c): c is string => typeof c === 'string' && c.length >= 6);
    byKind.planted = planted;
    canaries = [...new Set([...canaries, ...planted])];
    core = await createCore({ dbPath, transport: 'serve', inProcess: true, tempDir: join(dir, 'tmp') });
  }, 240_000);

  afterAll(async () => {
    await core?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has canaries of every sort from the imports', () => {
    for (const [kind, values] of Object.entries(byKind)) expect(values.length, kind).toBeGreaterThan(0);
    expect(canaries.length).toBeGreaterThan(150);
  });

  /** Every read channel with realistic requests; each answer (or error) as text. */
  async function sweep(): Promise<Map<string, string>> {
    const h = core.handlers;
    const answers = new Map<string, string>();
    const call = async <C extends Channel>(channel: C, req: Parameters<Core['handlers'][C]>[0], tag = channel as string) => {
      try {
        const res = await (h[channel] as (r: unknown) => Promise<unknown>)(req);
        // A redacted answer is still an answer of the contract.
        const parsed = RESPONSE_SCHEMAS[channel].safeParse(res);
        if (!parsed.success) answers.set(`${tag} schema`, `schema: ${parsed.error.message}`);
        answers.set(tag, textOf(res));
      } catch (err) {
        answers.set(tag, `error ${(err as { code?: string }).code}: ${(err as Error).message}`);
      }
    };
    const sources = await h['sources.list']({});
    await call('profile.info', {});
    await call('sources.list', {});
    for (const s of sources) {
      await call('sources.members', { sourceId: s.id }, `sources.members ${s.id}`);
      await call('sources.coverage', { sourceId: s.id }, `sources.coverage ${s.id}`);
      await call('sources.shape', { sourceId: s.id }, `sources.shape ${s.id}`);
    }
    await call('dialog.openExport', {});
    await call('import.cancel', { jobId: 'none' });
    await call('stats.summary', {});
    await call('timeline.histogram', { filter: {}, buckets: 60 });
    const total = (await h['timeline.page']({ filter: {}, limit: 1 })).total;
    const ids: number[] = [];
    for (let offset = 0; offset < total; offset += 1000) {
      const page = await h['timeline.page']({ filter: {}, offset, limit: 1000 });
      ids.push(...page.events.map((e) => e.id));
      answers.set(`timeline.page ${offset}`, textOf(page));
    }
    await call('timeline.page', { filter: { kinds: ['message', 'comment', 'search'] }, limit: 1000, order: 'newest' }, 'timeline.page texts');
    // Searches for the very words presenter mode hides: the hits are listed, their text is not.
    const queries = [...byKind.texts!.slice(0, 6), ...byKind.handles!.slice(0, 4)].map((t) => t.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).slice(0, 2).join(' ')).filter((q) => q !== '');
    for (const q of queries) await call('timeline.page', { filter: { q }, limit: 200 }, `timeline.page q=${q}`);
    for (const id of ids) await call('timeline.event', { id }, `timeline.event ${id}`);
    expect(ids.length).toBe(total);
    await call('access.summary', {});
    await call('where.summary', {});
    await call('where.locations', {});
    await call('settings.get', {});
    await call('credits.list', {});
    for (const table of CSV_TABLES as readonly CsvTable[]) await call('export.csv', { table }, `export.csv ${table}`);
    await call('claims.templates', {});
    await call('claims.evaluate', { claims: CLAIMS });
    await call('report.build', { claims: CLAIMS, format: 'html' }, 'report.build html');
    await call('report.build', { claims: CLAIMS, format: 'json', redact: false }, 'report.build json');
    await call('report.pdf', { claims: CLAIMS });
    const html = await h['report.build']({ claims: CLAIMS, format: 'html' });
    await call('report.verify', { text: html.content });
    await call('work.cancel', { requestId: 'none' });
    await call('personas.list', {});
    await call('profiles.list', {});
    await call('aggregate.make', { k: 1, includeSynthetic: true });
    const agg = await h['aggregate.make']({ k: 1, includeSynthetic: true });
    await call('aggregate.merge', { files: [{ name: 'a.json', text: JSON.stringify(agg) }, { name: 'b.json', text: JSON.stringify(agg) }] });
    for (const platform of PLATFORMS) {
      await call('letter.info', { platform }, `letter.info ${platform}`);
      await call('letter.compose', { platform, jurisdiction: 'eu' }, `letter.compose ${platform}`);
    }
    return answers;
  }

  it('every channel is either swept or a named write', async () => {
    // Runs before presenter mode is on: the sweep with it off must show the canaries.
    const answers = await sweep();
    const called = new Set([...answers.keys()].map((k) => k.split(' ')[0]!));
    for (const c of CHANNELS) expect(called.has(c) || WRITES[c] !== undefined, `${c}: neither called nor a named write`).toBe(true);
    const open = [...answers.values()].join('\n');
    // Without presenter mode the same answers carry the raw values (the check below can fail).
    expect(leaks(open, canaries).length).toBeGreaterThan(canaries.length / 2);
    for (const kind of ['ips', 'handles', 'texts', 'chatPartners', 'threads', 'files', 'unknownHosts', 'planted']) {
      expect(leaks(open, byKind[kind]!.filter((c) => canaries.includes(c))).length, kind).toBeGreaterThan(0);
    }
  }, 300_000);

  it('with presenter mode on, no answer of any read channel holds a raw address, handle, name or text', async () => {
    const set = await core.handlers['settings.set']({ display: { theme: 'system', textSize: 150, presenter: true } });
    expect(set.display?.presenter).toBe(true);
    expect((await core.handlers['profile.info']({})).presenter).toBe(true);
    // A view that does not know presenter mode cannot turn it off by saving its other settings.
    await core.handlers['settings.set']({ display: { theme: 'dark', textSize: 150 } });
    expect((await core.handlers['settings.get']({})).display).toMatchObject({ theme: 'dark', presenter: true });

    const answers = await sweep();
    expect([...answers.keys()].filter((k) => k.endsWith(' schema'))).toEqual([]);
    const found: string[] = [];
    for (const [tag, text] of answers) {
      // The persona catalogue is text shipped with the app about fictional people (their names are
      // the personas' profile names): the same on every computer, not data of the import.
      if (tag === 'personas.list') continue;
      for (const c of leaks(text, canaries)) found.push(`${tag}: ${c}`);
    }
    expect(found.slice(0, 40)).toEqual([]);

    // What is kept: countries, owners, kinds, counts, hosts.
    const access = await core.handlers['access.summary']({});
    expect(access.ips.length).toBeGreaterThan(10);
    expect(access.ips.every((r) => /^address \d+$/.test(r.ip))).toBe(true);
    expect(access.ips.some((r) => r.country !== null && r.org !== null)).toBe(true);
    expect(access.countries.length).toBeGreaterThan(2);
    expect((await core.handlers['where.summary']({})).hosts.length).toBeGreaterThan(0);
    // CSV export is refused, saying why; reports say they are redacted and verify.
    expect(answers.get('export.csv timeline')).toMatch(/^error unsupported: CSV export is off in presenter mode/);
    expect(answers.get('report.build html')).toContain('id="redacted"');
    expect(answers.get('report.build html')).toMatch(/^whereabouts-report-\d{4}-\d{2}-\d{2}-redacted\.html$/m);
    expect(answers.get('report.build json')).toContain('redacted');
    // A redacted report verifies: the recomputation is redacted the same way (HTML byte for byte).
    for (const format of ['html', 'json'] as const) {
      const verified = await core.handlers['report.verify']({ text: (await core.handlers['report.build']({ claims: CLAIMS, format })).content });
      expect(verified, format).toMatchObject({ match: true, html: format === 'html' ? true : null });
    }
  }, 300_000);

  it('pushed events are redacted too', async () => {
    const seen: string[] = [];
    const offs = (['import.progress', 'import.done', 'work.progress'] as EventName[]).map((e) => core.events.on(e, (p: ApiEvents[typeof e]) => seen.push(textOf(p))));
    const done = new Promise<void>((resolve) => {
      const off = core.events.on('import.done', () => { off(); resolve(); });
    });
    await core.handlers['import.start']({ paths: exportPaths.filter((p) => /instagram-|facebook-/.test(p)) });
    await done;
    await core.handlers['claims.evaluate']({ claims: CLAIMS, requestId: 'r1' });
    offs.forEach((off) => off());
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((t) => leaks(t, canaries).length > 0)).toEqual([]);
  }, 120_000);

  it('whereabouts report --redact writes HTML and JSON without them, says so, and verifies', async () => {
    const out = join(dir, 'out');
    const cliDb = join(dir, 'cli.db');
    const personaArgs = PERSONAS.flatMap((p) => ['--persona', p.id]);
    const args = [samplePath(defaultResourcesDir()), exportPaths[exportPaths.length - 1]!, ...personaArgs, '--template', 'no-datacenter-logins', '--template', 'only-my-devices', '--generated-at', '2026-01-01T00:00:00Z', '--quiet', '--db', cliDb];
    for (const ext of ['html', 'json']) {
      const file = `${out}-redacted.${ext}`;
      const r = await runCommand('report', [...args, '--redact', '--out', file]);
      expect(r.code, `report ${ext}: ${r.out}\n${r.err}`).toBe(0);
      const text = readFileSync(file, 'utf8');
      expect(leaks(text, canaries)).toEqual([]);
      expect(text).toMatch(ext === 'html' ? /id="redacted"[^]*Redacted report\./ : /"redacted": true/);
      const v = await runCommand('verify', [file, ...exportPaths]);
      expect(v.code, `verify ${ext}: ${v.out}\n${v.err}`).toBe(0);
    }
    // The same report unredacted carries the raw values: the check above can fail.
    const full = `${out}-full.json`;
    const r = await runCommand('report', [...args, '--out', full]);
    expect(r.code, `full report: ${r.out}\n${r.err}`).toBe(0);
    expect(leaks(readFileSync(full, 'utf8'), canaries).length).toBeGreaterThan(10);
  }, 300_000);
});

describe('presenter mode across profiles', () => {
  it('stays on after a switch to another profile and after erasing everything, and the answers are redacted', async () => {
    const top = tempDir('wa-presenter-profiles-');
    const root = join(top, 'profiles');
    mkdirSync(join(root, 'a'), { recursive: true });
    const core = await createCore({ dbPath: join(root, 'a', 'whereabouts.db'), profilesDir: root, transport: 'serve', inProcess: true });
    try {
      const h = core.handlers;
      await h['settings.set']({ display: { theme: 'dark', textSize: 175, presenter: true } });
      await h['profiles.create']({ name: 'b' });
      const info = await h['profiles.switch']({ name: 'b' });
      expect(info).toMatchObject({ profile: 'b', presenter: true, dbPath: 'whereabouts.db' });
      // The new profile had no settings: it gets the ones in use, presenter mode on.
      expect((await h['settings.get']({})).display).toMatchObject({ theme: 'dark', textSize: 175, presenter: true });
      const erased = await h['profile.erase']({ confirm: 'erase everything' });
      expect(erased.info.presenter).toBe(true);
      expect(erased.erased.removed.every((p) => !p.includes('/'))).toBe(true);
      expect((await h['settings.get']({})).display?.presenter).toBe(true);
      // Turned off on purpose, it is off.
      await h['settings.set']({ display: { theme: 'dark', textSize: 175, presenter: false } });
      expect((await h['profile.info']({})).presenter).toBe(false);
      expect((await h['profile.info']({})).dbPath).toBe(join(root, 'b', 'whereabouts.db'));
    } finally {
      await core.close();
      rmSync(top, { recursive: true, force: true });
    }
  });
});
