/** k applied when making and when merging summaries; files outside the format refused. */
import { describe, expect, it } from 'vitest';
import { mergeSummaries, participantSummary } from '../../../electron/core/aggregate/build';
import type { RawCell } from '../../../electron/core/aggregate/collect';
import { parseAggregate, type AggregateFile } from '../../../electron/core/aggregate/format';

const raw: RawCell[] = [
  { dimension: 'sign-in country', value: 'DE', records: 12 },
  { dimension: 'sign-in country', value: 'KP', records: 1 },
  { dimension: 'sign-in country', value: 'SE', records: 4 },
  { dimension: 'sign-in network kind', value: 'isp', records: 16 },
  { dimension: 'sign-in network kind', value: 'vpn', records: 1 },
  { dimension: 'served-from host owner', value: 'Meta', records: 30 },
  { dimension: 'platform', value: 'instagram', records: 200 },
];

const label = (file: AggregateFile, name: string) => ({ label: name, file });

describe('participantSummary', () => {
  it('keeps values with at least k records, withholds the rest by count only', () => {
    const s = participantSummary(raw, 5, false);
    expect(s.cells).toEqual([
      { dimension: 'sign-in country', value: 'DE', count: 1, records: 12 },
      { dimension: 'sign-in network kind', value: 'isp', count: 1, records: 16 },
      { dimension: 'served-from host owner', value: 'Meta', count: 1, records: 30 },
      { dimension: 'platform', value: 'instagram', count: 1, records: 200 },
    ]);
    expect(s.suppressed).toEqual([
      { dimension: 'sign-in country', cells: 2, inInputs: 0 },
      { dimension: 'sign-in network kind', cells: 1, inInputs: 0 },
      { dimension: 'served-from host owner', cells: 0, inInputs: 0 },
      { dimension: 'platform', cells: 0, inInputs: 0 },
    ]);
    const text = JSON.stringify(s);
    for (const hidden of ['"KP"', '"SE"', '"vpn"']) expect(text).not.toContain(hidden);
    expect(s.participants).toBe(1);
  });

  it('with k = 1 keeps every value; refuses k below 1', () => {
    expect(participantSummary(raw, 1, true).cells).toHaveLength(raw.length);
    expect(() => participantSummary(raw, 0, false)).toThrow(/at least 1/);
  });
});

describe('mergeSummaries', () => {
  const a = participantSummary(raw, 2, false);
  const b = participantSummary([{ dimension: 'sign-in country', value: 'DE', records: 3 }, { dimension: 'sign-in country', value: 'SE', records: 9 }, { dimension: 'platform', value: 'tiktok', records: 40 }], 2, true);
  const c = participantSummary([{ dimension: 'sign-in country', value: 'DE', records: 2 }, { dimension: 'platform', value: 'tiktok', records: 1 }], 2, false);

  it('sums participants, counts and records and keeps values at least k participants have', () => {
    const m = mergeSummaries([label(a, 'a'), label(b, 'b'), label(c, 'c')]);
    expect(m.participants).toBe(3);
    expect(m.synthetic).toBe(true);
    expect(m.cells).toEqual([
      { dimension: 'sign-in country', value: 'DE', count: 3, records: 17 },
      { dimension: 'sign-in country', value: 'SE', count: 2, records: 13 },
    ]);
    // withheld at this merge: isp, Meta, instagram, tiktok (1 participant each); in inputs: a's KP + vpn, c's tiktok
    expect(m.suppressed).toEqual([
      { dimension: 'sign-in country', cells: 0, inInputs: 1 },
      { dimension: 'sign-in network kind', cells: 1, inInputs: 1 },
      { dimension: 'served-from host owner', cells: 1, inInputs: 0 },
      { dimension: 'platform', cells: 2, inInputs: 1 },
    ]);
  });

  it('merging merged files adds participants again and re-applies k', () => {
    const m1 = mergeSummaries([label(a, 'a'), label(b, 'b')]);
    const m2 = mergeSummaries([label(m1, 'm1'), label(c, 'c')]);
    expect(m2.participants).toBe(3);
    expect(m2.cells.find((x) => x.value === 'DE')).toEqual({ dimension: 'sign-in country', value: 'DE', count: 3, records: 17 });
  });

  it('refuses a different k and fewer than two files', () => {
    const other = participantSummary(raw, 3, false);
    expect(() => mergeSummaries([label(a, 'alice.json'), label(other, 'bob.json')])).toThrow('bob.json was made with k = 3, alice.json with k = 2: every summary must use the same k.');
    expect(() => mergeSummaries([label(a, 'a')])).toThrow(/at least two/);
  });
});

describe('parseAggregate', () => {
  const good = participantSummary(raw, 2, false);
  const text = (o: unknown) => JSON.stringify(o);

  it('reads back what was written', () => {
    expect(parseAggregate(text(good), 'x.json')).toEqual(good);
  });

  it('refuses another format, another version, and values outside the vocabularies', () => {
    expect(() => parseAggregate('{"format":"csv"}', 'x.json')).toThrow('x.json: not a Whereabouts group summary (format is not "whereabouts-aggregate").');
    expect(() => parseAggregate('not json', 'x.json')).toThrow(/not JSON/);
    expect(() => parseAggregate(text({ ...good, version: 2 }), 'x.json')).toThrow(/summary version 2; this Whereabouts reads version 1/);
    const planted = (dimension: string, value: string) => text({ ...good, cells: [{ dimension, value, count: 1, records: 9 }] });
    expect(() => parseAggregate(planted('sign-in country', '203.0.113.7'), 'x.json')).toThrow(/outside its vocabulary/);
    expect(() => parseAggregate(planted('served-from host owner', 'my neighbour Tom'), 'x.json')).toThrow(/outside its vocabulary/);
    expect(() => parseAggregate(planted('sign-in network kind', 'SM-G991B'), 'x.json')).toThrow(/outside its vocabulary/);
    expect(() => parseAggregate(planted('device', 'iPhone'), 'x.json')).toThrow(/unknown dimension/);
    expect(() => parseAggregate(text({ ...good, cells: [{ dimension: 'platform', value: 'tiktok', count: -1, records: 1 }] }), 'x.json')).toThrow(/whole numbers/);
  });
});
