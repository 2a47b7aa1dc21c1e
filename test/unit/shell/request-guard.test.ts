import { describe, expect, it } from 'vitest';
import { createRequestGuard, MAX_RECORDED } from '../../../electron/main/request-guard';

describe('request guard', () => {
  it('cancels and records disallowed URLs, lets app URLs through unrecorded', () => {
    const g = createRequestGuard({ dev: false });
    expect(g.shouldCancel('app://whereabouts/index.html')).toBe(false);
    expect(g.shouldCancel('data:,x')).toBe(false);
    expect(g.shouldCancel('https://example.com/probe')).toBe(true);
    expect(g.shouldCancel('http://update.googleapis.com/x')).toBe(true);
    expect(g.blocked()).toEqual(['https://example.com/probe', 'http://update.googleapis.com/x']);
    expect(g.blockedCount()).toBe(2);
  });

  it('keeps a bounded list but counts everything', () => {
    const g = createRequestGuard({ dev: false });
    for (let i = 0; i < MAX_RECORDED + 10; i++) g.shouldCancel(`https://example.com/${i}`);
    expect(g.blocked()).toHaveLength(MAX_RECORDED);
    expect(g.blockedCount()).toBe(MAX_RECORDED + 10);
  });

  it('returns a copy, not its internal list', () => {
    const g = createRequestGuard({ dev: false });
    g.shouldCancel('https://a.example/');
    g.blocked().push('x');
    expect(g.blocked()).toEqual(['https://a.example/']);
  });
});
