/**
 * The walk over the containers around deep records (x/around-keys.ts), through the real
 * streaming engine (common/json-stream.ts) configured as the X reader runs it (the array items
 * selected beside the records): keys no selector goes through are reported with their shape and
 * pointer, wherever they sit among big record lists; keys inside records are left to the spec's
 * key tree; empty values are not data; records are handed out as before.
 */
import { describe, expect, it } from 'vitest';
import { streamJson } from '../../../../electron/core/importers/common/json-stream';
import { LedgerBook } from '../../../../electron/core/importers/common/unread';
import { aroundKeyWalk } from '../../../../electron/core/importers/x/around-keys';

async function walk(doc: unknown, items: string[], around: string[] = []): Promise<{ gaps: unknown[]; records: number }> {
  const ledger = new LedgerBook();
  const text = JSON.stringify(doc);
  // Small chunks, so keys and values are split across writes.
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += 7) yield text.slice(i, i + 7);
  }
  let records = 0;
  const deep = items.some((p) => p !== '$.*');
  const walk = aroundKeyWalk([...items, ...around]);
  for await (const batch of streamJson(chunks(), { member: 'm.js', select: () => [...items, ...(deep ? ['$.*'] : [])] })) {
    for (const unit of batch) {
      if (deep && unit.path.length === 1) walk(ledger, 'm.js', unit.value, unit.path);
      else records++;
    }
  }
  return { gaps: ledger.gapsOf('m.js'), records };
}

describe('keys of the containers around deep records', () => {
  const record = (i: number) => ({ id: i, nested: { list: [[1, { a: 2 }], { b: [] }] }, insideRecord: 'left to the key tree' });

  it('reports keys beside the selected path at every level, before and after the record lists; not inside records', async () => {
    const doc = [
      { first: 'before', ad: { adsUserData: { adImpressions: { impressions: [record(1), record(2)], total: 2 } } } },
      { ad: { adsUserData: { adImpressions: { impressions: [record(3)] }, extra: { x: 1 } } }, after: 5 },
    ];
    const { gaps, records } = await walk(doc, ['$.*.ad.adsUserData.adImpressions.impressions.*']);
    expect(records).toBe(3);
    expect(gaps).toEqual([
      { kind: 'key', what: '/*/first', count: 1, example: '/0/first' },
      { kind: 'key', what: '/*/ad/adsUserData/adImpressions/total', count: 1, example: '/0/ad/adsUserData/adImpressions/total' },
      { kind: 'key', what: '/*/ad/adsUserData/extra', count: 1, example: '/1/ad/adsUserData/extra' },
      { kind: 'key', what: '/*/after', count: 1, example: '/1/after' },
    ]);
  });

  it('empty values ("", null, [], {}, "N/A") are not data; context and `around` paths are known; `*` reads every key', async () => {
    const doc = [{
      a: '', b: null, c: [], d: {}, e: 'N/A',
      dmConversation: { conversationId: '7', messages: [record(1)], userId: '9' },
    }];
    expect(await walk(doc, ['$.*.dmConversation.messages.*', '$.*.dmConversation.conversationId'], ['$.*.dmConversation.userId']))
      .toEqual({ gaps: [], records: 2 });
    const conversions = [{ ad: { adsUserData: { anyName: { conversions: [record(1)] }, other: { conversions: [] } } } }];
    expect(await walk(conversions, ['$.*.ad.adsUserData.*.conversions.*'])).toEqual({ gaps: [], records: 1 });
  });

  it('items selected as the array items themselves (`$.*`): nothing around them to check', async () => {
    expect(await walk([record(1), { unknown: 1 }], ['$.*'])).toEqual({ gaps: [], records: 2 });
  });
});
