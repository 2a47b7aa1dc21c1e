import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../shared/api';
import { sampleFlagVocab } from '../evidence/vocab-samples';
import { activeFilterCount, filterForFlag, filterKey, rangeAround } from '../../../renderer/src/lib/filters';

describe('timeline filters', () => {
  it('keys equal filters equally', () => {
    expect(filterKey({ kinds: ['login', 'like'], q: 'x' })).toBe(filterKey({ q: 'x', kinds: ['like', 'login'] }));
    expect(filterKey({ kinds: [], q: '', flaggedOnly: false })).toBe(filterKey({}));
    expect(filterKey({ deviceIds: [2] })).not.toBe(filterKey({ deviceIds: [3] }));
  });

  it('counts active filters', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ q: 'a', from: '2024-01-01T00:00:00Z', kinds: ['login'] })).toBe(3);
  });

  it('puts a margin around a flag', () => {
    expect(rangeAround('2024-01-01T10:00:00Z', '2024-01-01T12:00:00Z')).toEqual({ from: '2024-01-01T09:00:00Z', to: '2024-01-01T13:00:00Z' });
    expect(rangeAround(null, '2024-01-01T12:00:00Z')).toEqual({ from: '2024-01-01T11:00:00Z', to: '2024-01-01T13:00:00Z' });
    expect(rangeAround(null, null)).toEqual({});
  });

  it('shows a flag as sign-ins around it', () => {
    const flag: Flag = {
      id: 'f',
      kind: 'new-country',
      severity: 'info',
      title: 't',
      explanation: 'e',
      eventIds: [1],
      evidence: [],
      first: '2024-01-01T10:00:00Z',
      last: '2024-01-01T10:00:00Z',
      ...sampleFlagVocab('new-country'),
    };
    expect(filterForFlag(flag)).toEqual({ from: '2024-01-01T09:00:00Z', to: '2024-01-01T11:00:00Z', kinds: ['login'] });
  });
});
