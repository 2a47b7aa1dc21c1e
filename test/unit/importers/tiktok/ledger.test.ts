/**
 * Nothing read vanishes: a layout fixture with one unknown key added to an item, unknown sections
 * with data (under a known and under an unknown top key), a known section under an unexpected
 * top key, a key with data inside a LIVE, and an item of the wrong type. Each must surface in the
 * ledger with its shape path and an example pointer, or be read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiktokImporters } from '../../../../electron/core/importers/tiktok';
import * as json2025 from '../../../fixtures/layouts/tiktok-json-2025';
import * as txt2025 from '../../../fixtures/layouts/tiktok-txt-2025';
import { date, writeLayoutZip } from '../../../fixtures/layouts/tiktok-layout-kit';
import { runImport, type ImportRun } from '../harness';

type Obj = Record<string, unknown>;
const at = (o: unknown, ...keys: string[]): Obj => keys.reduce<Obj>((node, k) => node[k] as Obj, o as Obj);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiktok-ledger-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const gaps = (run: ImportRun, member: string) => run.ledger.gapsOf(member);

describe('JSON: unknown keys and sections are reported, moved sections are read', () => {
  const model = json2025.layoutModel();
  let run: ImportRun;
  const t = date(Date.parse('2025-02-02T10:00:00Z'));

  beforeAll(async () => {
    const doc = json2025.layoutDocument(model) as Obj;
    (at(doc, 'Your Activity', 'Watch History').VideoList as Obj[])[3] = { ...(at(doc, 'Your Activity', 'Watch History').VideoList as Obj[])[3], Mood: 'happy' };
    at(doc, 'Your Activity').Reposts = { RepostList: [{ Date: t, Link: 'https://www.tiktokv.com/share/video/1/' }, { Date: t, Link: 'https://www.tiktokv.com/share/video/2/' }] };
    doc.Memories = { Moments: { MomentList: [{ Date: t, Caption: 'a day at the lake' }] } };
    doc.Interactions = { Comments: { CommentsList: [{ date: t, comment: 'moved here', photo: 'N/A', url: '' }] } };
    const room = String(model.lives[0]?.room);
    (at(doc, 'Tiktok Live', 'Watch Live History', 'WatchLiveMap', room)).Questions = [{ QuestionContent: 'what camera?' }];
    (at(doc, 'Your Activity', 'Searches').SearchList as unknown[]).push('just a string');
    const zip = await writeLayoutZip(dir, 'ledger-json', [{ path: json2025.MEMBER, content: JSON.stringify(doc) }]);
    run = await runImport([zip], tiktokImporters);
  });

  it('reports each unread key and unknown section with its shape path, count and first pointer', () => {
    const room = String(model.lives[0]?.room);
    const searches = model.searches.length;
    // In the order the reader meets them in the file: Tiktok Live, then Your Activity, then the added top key.
    expect(gaps(run, json2025.MEMBER)).toEqual([
      { kind: 'key', what: '/Tiktok Live/Watch Live History/WatchLiveMap/*/Questions', count: 1, example: `/Tiktok Live/Watch Live History/WatchLiveMap/${room}/Questions` },
      { kind: 'item', what: 'not an object', count: 1, example: `/Your Activity/Searches/SearchList/${searches}` },
      { kind: 'key', what: '/Your Activity/Watch History/VideoList/*/Mood', count: 1, example: '/Your Activity/Watch History/VideoList/3/Mood' },
      { kind: 'key', what: '/Your Activity/Reposts/RepostList/*', count: 2, example: '/Your Activity/Reposts/RepostList/0' },
      { kind: 'key', what: '/Memories/Moments/MomentList/*', count: 1, example: '/Memories/Moments/MomentList/0' },
    ]);
  });

  it('reads a known section under an unexpected top key (comments under "Interactions")', () => {
    const comments = run.records.filter((r) => r.type === 'event' && r.kind === 'comment');
    expect(comments).toHaveLength(model.comments.length + model.lives.length + 1);
    expect(comments.filter((c) => c.pointer === '/Interactions/Comments/CommentsList/0')).toHaveLength(1);
  });

  it('counts the items found: every one a record except the string', () => {
    const items = run.records.filter((r) => !(r.type === 'fact' && r.fact === 'profile')).length;
    expect(run.ledger.items.get(json2025.MEMBER)).toBe(items + 1);
  });
});

describe('TXT: an unknown label with data is reported with its line', () => {
  it('a `Mood:` line in Like List.txt surfaces as /Mood at its line, the block still read', async () => {
    const model = txt2025.layoutModel();
    const files = txt2025.layoutFiles(model).map((f) => (f.path === txt2025.MEMBERS.likes
      ? { ...f, content: f.content.replace(/\n/, '\nMood: happy\n') } // after the first block's `Date:` line
      : f));
    const run = await runImport([await writeLayoutZip(dir, 'ledger-txt', files)], tiktokImporters);
    expect(gaps(run, 'Activity/Like List.txt')).toEqual([{ kind: 'key', what: '/Mood', count: 1, example: 'line:2' }]);
    expect(run.records.filter((r) => r.type === 'event' && r.kind === 'like')).toHaveLength(model.likes.length);
    expect(run.ledger.items.get('Activity/Like List.txt')).toBe(model.likes.length);
  });
});
