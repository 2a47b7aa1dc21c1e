/**
 * End to end for both X archive layouts (legacy `tweet.js`, current `tweets.js` + parts): generate
 * a seeded zip, open it with the real archive layer, recognise among every registered importer,
 * import, and compare with what the generator computed from its own model.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../../electron/core/importers/registry';
import type { EventRecord, FactRecord } from '../../../../shared/records';
import { X_VARIANTS, generateXArchive, writeXZip, xCounterparts, type XVariant } from '../../../fixtures/generators/x';
import { summarise } from '../google/summarise';
import { coverageOf, resolvePointer, runImport, type ImportRun } from '../harness';
import { afterPreface } from './helpers';

const SEED = 13;
// Named by the year the manifest gives (the legacy variant is a 2021 download), never "legacy"/"current".
const FORMATS: Record<XVariant, string> = { legacy: 'x-archive-2021', current: 'x-archive-2024' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'x-variants-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(X_VARIANTS)('X archive, %s layout', (variant) => {
  const generated = generateXArchive({ variant, seed: SEED });
  const wrapper = variant === 'legacy' ? /^twitter-[^/]+\// : /^$/;
  const memberOf = (path: string): string => path.replace(wrapper, '');
  let r: ImportRun;

  beforeAll(async () => {
    const zip = join(dir, `twitter-${variant}.zip`);
    await writeXZip(zip, { variant, seed: SEED });
    r = await runImport([zip], IMPORTERS);
  });

  it('is recognised by its manifest, with the layout as the format', () => {
    expect(r.importer.id).toBe('x-archive');
    expect(r.recognition.format).toBe(FORMATS[variant]);
    expect(r.recognition.confidence).toBeGreaterThanOrEqual(0.95);
    expect(r.recognition.reason).toContain('@mara_lindqvist');
  });

  it('ledger: nothing dropped, no key unread in any file read', () => {
    const gaps = r.ledger.members().flatMap((m) => r.ledger.gapsOf(m).map((g) => `${m}: ${g.what}`));
    expect(gaps).toEqual([]);
  });

  it('yields exactly the events and facts the generator wrote', () => {
    expect(summarise(r.records)).toEqual(generated.expected);
  });

  it('access: the chosen login IPs, the creation IP at the account\'s creation time, apps with permissions', () => {
    const s = summarise(r.records);
    expect(s.ips).toEqual(['2003:e5:af3a:d100:6c2e:91ff:fe0b:44a7', '5.240.17.88', '5.75.190.33', '80.187.111.9', '84.157.23.41']);
    const created = r.records.find((x): x is EventRecord => x.type === 'event' && x.kind === 'security' && x.ip === '5.240.17.88');
    expect(created?.time.utc).toBe(new Date(generated.model.createdAt).toISOString());
    const authorised = r.records.filter((x): x is EventRecord => x.type === 'event' && x.kind === 'app_authorised');
    expect(authorised.map((a) => a.app).sort()).toEqual(generated.model.apps.map((a) => a.name).sort());
    expect(authorised.find((a) => a.app === 'Lumen Fitness Sync')?.text).toContain('Permissions: read, write, directmessages');
  });

  it('ads name their advertiser and targeting; posts put X\'s CDN hosts among the hosts', () => {
    const ad = r.records.find((x): x is EventRecord => x.type === 'event' && x.kind === 'ad_impression');
    expect(ad?.advertiser).toBeTruthy();
    expect(ad?.text).toMatch(/^Targeted by: Locations: Germany; Age: 25 to 34; /);
    const s = summarise(r.records);
    expect(s.hosts['pbs.twimg.com']).toBeGreaterThan(0);
    expect(s.hosts['video.twimg.com']).toBeGreaterThan(0);
    expect(s.apps).toContain('Nordpfad Scheduler');
  });

  it('DMs name the other party by id; likes are facts, never timeline events', () => {
    const partners = [...new Set(r.records.filter((x): x is EventRecord => x.type === 'event' && x.kind === 'message').map((m) => m.counterpart))].sort();
    expect(partners).toEqual(xCounterparts(generated.model));
    expect(r.records.some((x) => x.type === 'event' && x.kind === 'like')).toBe(false);
    const likes = r.records.filter((x): x is FactRecord => x.type === 'fact' && x.name === 'Liked post');
    expect(likes).toHaveLength(generated.model.likes.length);
  });

  it('reports no problems and marks every data file it knows parsed', () => {
    expect(r.problems).toEqual([]);
    const readable = generated.files.map((f) => memberOf(f.path)).filter((p) => /^data\/[^/]+\.js$/.test(p) && p !== 'data/follower.js');
    expect([...r.parsed].sort()).toEqual(readable.sort());
  });

  it('every event has a readable UTC time', () => {
    expect(r.records.filter((x) => x.type === 'event' && x.time.utc === null)).toEqual([]);
  });

  it('every pointer resolves, in the JSON after the preface, to the record it came from', () => {
    const byPath = new Map(generated.files.map((f) => [memberOf(f.path), String(f.content)]));
    for (const record of r.records) {
      const content = byPath.get(record.member);
      expect(content, record.member).toBeDefined();
      expect(record.pointer).toMatch(/^\//);
      expect(resolvePointer(afterPreface(String(content)), record.pointer), `${record.member} ${record.pointer}`).toEqual(record.raw);
    }
    const login = r.records.find((x) => x.member === 'data/ip-audit.js');
    expect(login?.pointer).toBe('/0');
    expect(resolvePointer(afterPreface(String(byPath.get('data/ip-audit.js'))), `${login?.pointer}/ipAudit/loginIp`)).toBe((login as EventRecord).ip);
  });

  it('coverage: media, viewer and known-but-unread files are ignored with a reason; nothing unknown or missing', () => {
    const { outcomes, missing } = coverageOf(r);
    expect(missing).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'unknown' || o.status === 'error')).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'ignored').map((o) => o.path).sort()).toEqual(
      ['Your archive.html', 'assets/js/main.8f2e1c.js', 'data/follower.js', expect.stringMatching(/^data\/tweets_media\//) as unknown as string],
    );
  });
});

describe('fixture determinism', () => {
  it('the same seed gives byte-identical zips', async () => {
    const a = join(dir, 'a.zip');
    const b = join(dir, 'b.zip');
    await writeXZip(a, { variant: 'current', seed: 3 });
    await writeXZip(b, { variant: 'current', seed: 3 });
    expect((await readFile(a)).equals(await readFile(b))).toBe(true);
  });
});
