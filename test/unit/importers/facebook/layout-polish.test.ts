/**
 * The facebook-2024-off-facebook-only-polish layout end to end: one category folder at the zip's
 * root (the archive layer strips it as a wrapper; recognition puts it back), removed apps as
 * events, the Polish permission record, and a ledger with nothing unread or dropped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../../shared/records';
import { writeLayoutZip } from '../../../fixtures/generators/meta-layout';
import { buildLayout, facebookPolishFiles } from '../../../fixtures/layouts/facebook-2024-off-facebook-only-polish';
import { coverageOf, runImport, type ImportRun } from '../harness';
import { META_IMPORTERS } from '../meta/summarise';

const SEED = 3;
let dir: string;
let run: ImportRun;
const { expected } = facebookPolishFiles(SEED);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fb-polish-'));
  const { paths } = await buildLayout(dir, SEED);
  run = await runImport(paths, META_IMPORTERS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const events = (kind: string): EventRecord[] => run.records.filter((r): r is EventRecord => r.type === 'event' && r.kind === kind);

describe('Facebook export of one category (Polish)', () => {
  it('is recognised as Facebook although its only folder was stripped as a wrapper', () => {
    expect(run.inventory.strippedFolder).toBe('apps_and_websites_off_of_facebook');
    expect(run.importer.id).toBe('facebook-json');
    expect(run.recognition.format).toBe('facebook-json-2024');
    expect(run.recognition.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads every member, with no problems', () => {
    expect(run.problems).toEqual([]);
    expect([...run.parsed].sort()).toEqual(['connected_apps_and_websites.json', 'permissions_you_have_granted_to_apps.json', 'your_activity_off_meta_technologies.json']);
    const outcomes = coverageOf(run).outcomes;
    expect(outcomes.filter((o) => o.status !== 'parsed')).toEqual([]);
  });

  it('apps: one fact each, authorised where added, and a removal event where removed', () => {
    expect(run.records.filter((r) => r.type === 'fact' && r.fact === 'app')).toHaveLength(expected.apps);
    expect(events('app_authorised')).toHaveLength(expected.appsAuthorised);
    const removed = events('security').filter((e) => e.title.startsWith('Removed '));
    expect(removed).toHaveLength(expected.appsRemoved);
    expect(removed.every((e) => e.app !== undefined && e.time.utc !== null && /^\/installed_apps_v2\/\d+$/.test(e.pointer))).toBe(true);
  });

  it('the Polish permission record becomes one dated event with the permissions', () => {
    const granted = events('security').filter((e) => e.title.startsWith('Permissions granted'));
    expect(granted).toHaveLength(expected.permissionEvents);
    expect(granted[0]?.time.utc).not.toBeNull();
    expect(granted[0]?.pointer).toBe('');
    expect(granted[0]?.title).toMatch(/^Permissions granted to apps: \S/);
  });

  it('off-Facebook events', () => {
    expect(events('off_platform')).toHaveLength(expected.offPlatformEvents);
  });

  it('the ledger: every item found is a record, nothing unread or dropped', () => {
    expect(run.ledger.items.get('connected_apps_and_websites.json')).toBe(expected.apps);
    expect(run.ledger.items.get('permissions_you_have_granted_to_apps.json')).toBe(1);
    expect(run.ledger.items.get('your_activity_off_meta_technologies.json')).toBe(3);
    expect(run.ledger.members().flatMap((m) => run.ledger.gapsOf(m))).toEqual([]);
  });

  it('an app record without a name is counted as dropped, and an unknown key in an off-Facebook event is unread, each with its pointer', async () => {
    const { files } = facebookPolishFiles(SEED);
    const apps = files.find((f) => f.path.endsWith('connected_apps_and_websites.json'));
    if (!apps) throw new Error('fixture without apps');
    const doc = JSON.parse(apps.content) as { installed_apps_v2: Record<string, unknown>[] };
    doc.installed_apps_v2.splice(5, 0, { category: 'inactive', added_timestamp: 0 });
    apps.content = JSON.stringify(doc);
    // An unknown key inside an off-Facebook event: the events list is walked element by element.
    const off = files.find((f) => f.path.endsWith('your_activity_off_meta_technologies.json'));
    if (!off) throw new Error('fixture without off-Facebook activity');
    const offDoc = JSON.parse(off.content) as { off_facebook_activity_v2: { events: Record<string, unknown>[] }[] };
    const event = offDoc.off_facebook_activity_v2[2]?.events[0];
    if (event) event.value_currency = 'EUR';
    off.content = JSON.stringify(offDoc);
    const zip = join(dir, 'dropped.zip');
    await writeLayoutZip(zip, files, '');
    const r = await runImport([zip], META_IMPORTERS);
    expect(r.ledger.items.get('connected_apps_and_websites.json')).toBe(expected.apps + 1);
    expect(r.ledger.gapsOf('connected_apps_and_websites.json')).toEqual([{ kind: 'item', what: 'no name', count: 1, example: '/installed_apps_v2/5' }]);
    expect(r.records.filter((x) => x.type === 'fact' && x.fact === 'app')).toHaveLength(expected.apps);
    expect(r.ledger.gapsOf('your_activity_off_meta_technologies.json')).toEqual([
      { kind: 'key', what: '/off_facebook_activity_v2/*/events/*/value_currency', count: 1, example: '/off_facebook_activity_v2/2/events/0/value_currency' },
    ]);
  });
});
