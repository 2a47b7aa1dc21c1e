/**
 * One-off comparison, old engines vs the common engine, in one run on the same bytes (kept in
 * history with the commit that measured it; the old engines are deleted in the next commit):
 *   npx tsx bench/engine-compare.ts [events]
 * Prints units/s per engine (median of 5 alternating runs) and new ÷ old.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamJsonItems } from '../electron/core/importers/common/json-items';
import { streamJson } from '../electron/core/importers/common/json-stream';
import { streamJsonUnits, type JsonStreamInfo } from '../electron/core/importers/tiktok/json-stream';
import { childMode, newTikTokJsonInfo, streamTikTokUnits, unitKind } from '../electron/core/importers/tiktok/json-layout';
import { NESTED_LIST_KEYS } from '../electron/core/importers/tiktok/sections';
import { LedgerBook } from '../electron/core/importers/common/unread';
import { aroundKeyWalk } from '../electron/core/importers/x/around-keys';
import { containerKeyWalk } from '../electron/core/importers/x/container-keys';
import { writeTikTokJsonStream } from '../test/fixtures/generators/tiktok';

const events = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'engine-compare-'));

async function time(run: () => Promise<number>): Promise<{ ms: number; n: number }> {
  const t = performance.now();
  const n = await run();
  return { ms: performance.now() - t, n };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function compare(label: string, old: () => Promise<number>, neu: () => Promise<number>): Promise<void> {
  const o: number[] = [];
  const n: number[] = [];
  let counts: [number, number] = [0, 0];
  for (let i = 0; i < 5; i++) {
    const a = await time(old);
    const b = await time(neu);
    o.push(a.n / a.ms * 1000);
    n.push(b.n / b.ms * 1000);
    counts = [a.n, b.n];
  }
  const mo = median(o);
  const mn = median(n);
  console.log(`${label}: old ${Math.round(mo).toLocaleString('en-US')} units/s, new ${Math.round(mn).toLocaleString('en-US')} units/s, new ÷ old ${(mn / mo).toFixed(3)} (units old ${counts[0]}, new ${counts[1]})`);
}

async function main(): Promise<void> {
  const tiktok = join(dir, 'user_data_tiktok.json');
  const made = await writeTikTokJsonStream(tiktok, { events });
  console.log(`TikTok JSON: ${events} events, ${(made.bytes / 1e6).toFixed(1)} MB`);
  await compare('tiktok (bound: parse into units)', async () => {
    const info: JsonStreamInfo = { encoding: 'utf-8', bytesRead: 0, bomBytes: 0, sawValue: false };
    let items = 0;
    for await (const batch of streamJsonUnits(createReadStream(tiktok), { member: 'm', modeOf: childMode, nestedListKeys: NESTED_LIST_KEYS, expected: 'x' }, info)) {
      for (const u of batch) if (u.kind === 'item') items++;
    }
    return items;
  }, async () => {
    let items = 0;
    for await (const batch of streamTikTokUnits(createReadStream(tiktok), 'm', newTikTokJsonInfo(), { expected: 'x' })) {
      for (const u of batch) if (unitKind(u.path) === 'item') items++;
    }
    return items;
  });

  // A Google Records.json-like file: one long list in a root object.
  const records = join(dir, 'Records.json');
  const parts: string[] = ['{"locations": ['];
  for (let i = 0; i < events; i++) {
    parts.push(`${i ? ',' : ''}{"latitudeE7": ${473_000_000 + i}, "longitudeE7": ${85_000_000 + i}, "accuracy": 20, "source": "WIFI", "deviceTag": 12345, "timestamp": "2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z"}`);
  }
  parts.push(']}');
  writeFileSync(records, parts.join(''));
  await compare('google-like (root object, $.locations.*)', async () => {
    let n = 0;
    for await (const batch of streamJsonItems(createReadStream(records), { member: 'm', itemPaths: () => ['$.locations.*'] })) n += batch.length;
    return n;
  }, async () => {
    let n = 0;
    for await (const batch of streamJson(createReadStream(records), { member: 'm', select: () => ['$.locations.*'], topKeys: true })) n += batch.length;
    return n;
  });

  // An X direct-messages file: deep records, the keys around them checked (token walk vs the array item's shell).
  const dms = join(dir, 'direct-messages.json');
  const convs: string[] = [];
  for (let c = 0; c < 100; c++) {
    const msgs: string[] = [];
    for (let i = 0; i < events / 100; i++) {
      msgs.push(`{"messageCreate": {"recipientId": "1", "reactions": [], "urls": [], "text": "message ${i} in ${c}", "mediaUrls": [], "senderId": "2", "id": "${c}${i}", "createdAt": "2024-01-01T00:00:00.000Z"}}`);
    }
    convs.push(`{"dmConversation": {"conversationId": "1-${c}", "messages": [${msgs.join(',')}]}}`);
  }
  writeFileSync(dms, `[${convs.join(',')}]`);
  const items = ['$.*.dmConversation.messages.*', '$.*.dmConversation.conversationId'];
  await compare('x-dm (deep records + keys around them)', async () => {
    let n = 0;
    const ledger = new LedgerBook();
    for await (const batch of streamJsonItems(createReadStream(dms), { member: 'm', itemPaths: () => items, onToken: containerKeyWalk(ledger, 'm', items) })) n += batch.length;
    return n;
  }, async () => {
    let n = 0;
    const ledger = new LedgerBook();
    const walk = aroundKeyWalk(items);
    for await (const batch of streamJson(createReadStream(dms), { member: 'm', select: () => [...items, '$.*'] })) {
      for (const u of batch) {
        if (u.path.length === 1) walk(ledger, 'm', u.value, u.path);
        else n++;
      }
    }
    return n;
  });
}

main().finally(() => rmSync(dir, { recursive: true, force: true })).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
