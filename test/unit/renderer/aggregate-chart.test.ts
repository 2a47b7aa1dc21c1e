import { describe, expect, it } from 'vitest';
import type { AggregateFile } from '../../../shared/api';
import { chartGroups, valueLabel } from '../../../renderer/src/lib/aggregate-chart';

const file: AggregateFile = {
  format: 'whereabouts-aggregate',
  version: 1,
  k: 3,
  participants: 10,
  synthetic: false,
  cells: [
    { dimension: 'platform', value: 'tiktok', count: 4, records: 900 },
    { dimension: 'sign-in country', value: 'SE', count: 3, records: 40 },
    { dimension: 'sign-in country', value: 'DE', count: 8, records: 120 },
    { dimension: 'sign-in country', value: 'FR', count: 3, records: 55 },
    { dimension: 'platform', value: 'instagram', count: 10, records: 30 },
  ],
  suppressed: [
    { dimension: 'sign-in country', cells: 2, inInputs: 5 },
    { dimension: 'served-from host owner', cells: 1, inInputs: 0 },
  ],
};

describe('group summary charts', () => {
  it('puts dimensions in the format’s order, including one with only withheld cells', () => {
    expect(chartGroups(file).map((g) => g.dimension)).toEqual(['sign-in country', 'served-from host owner', 'platform']);
  });

  it('sorts bars by participants, then records, and measures participants, not records', () => {
    const country = chartGroups(file)[0]!;
    expect(country.bars.map((b) => b.value)).toEqual(['DE', 'FR', 'SE']);
    expect(country.bars.map((b) => b.share)).toEqual([0.8, 0.3, 0.3]);
    // The largest record count is the full bar for one participant's own file.
    expect(country.bars.map((b) => b.recordShare)).toEqual([1, 55 / 120, 40 / 120]);
    const platform = chartGroups(file)[2]!;
    expect(platform.bars.map((b) => b.value)).toEqual(['instagram', 'tiktok']);
    expect(platform.bars[0]!.share).toBe(1);
  });

  it('counts withheld cells per dimension without naming them', () => {
    const [country, owner] = chartGroups(file);
    expect(country).toMatchObject({ suppressedCells: 2, suppressedInInputs: 5 });
    expect(owner).toMatchObject({ bars: [], suppressedCells: 1, suppressedInInputs: 0 });
  });

  it('never draws a bar past full length, and survives an empty file', () => {
    const odd = { participants: 0, cells: [{ dimension: 'platform' as const, value: 'x', count: 3, records: 0 }], suppressed: [] };
    const [g] = chartGroups(odd);
    expect(g!.bars[0]!.share).toBe(1);
    expect(g!.bars[0]!.recordShare).toBe(0);
    expect(chartGroups({ participants: 0, cells: [], suppressed: [] })).toEqual([]);
  });

  it('names values in words', () => {
    expect(valueLabel('sign-in country', 'DE')).toBe('Germany (DE)');
    expect(valueLabel('sign-in network kind', 'vpn')).toBe('VPN or proxy');
    expect(valueLabel('platform', 'x')).toBe('X');
    expect(valueLabel('served-from host owner', 'TikTok (ByteDance)')).toBe('TikTok (ByteDance)');
    expect(valueLabel('sign-in country', 'unknown')).toBe('unknown');
  });
});
