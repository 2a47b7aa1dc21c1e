/**
 * The wording rule of the evidence ladder: grades E, F and G never say "stored". The single
 * exception is the negation NOT_STORED_SENTENCE, removed before the check. Every statement is
 * rendered the way every surface renders it: from a finding's code + params (shared/words).
 */
import { describe, expect, it } from 'vitest';
import { GRADES, SERVING_ONLY_GRADES, type Grade } from '../../../shared/domain';
import { classifyHost, classifyUrl } from '../../../electron/core/evidence/host-knowledge';
import { HOST_RULES } from '../../../electron/core/evidence/host-rules';
import { PATH_RULES } from '../../../electron/core/evidence/path-rules';
import { COUNTRY_REASONS } from '../../../shared/words/codes';
import { findingStatement } from '../../../shared/words/findings';
import { locationSentence, NOT_STORED_SENTENCE, type LocationStatement } from '../../../shared/words/location';
import { evidenceKit } from './data';

const STORE = /\bstor(ed|age|es|e|ing)\b/i;
const violates = (s: string): boolean => STORE.test(s.split(NOT_STORED_SENTENCE).join(' '));

/** Every statement the rules can produce, with its grade. */
function everyStatement(): { grade: Grade; text: string; from: string }[] {
  const iata = evidenceKit().iata;
  const out: { grade: Grade; text: string; from: string }[] = [];
  const said: { place: LocationStatement; from: string }[] = [];
  for (const r of HOST_RULES) {
    for (const ex of r.examples) {
      const m = classifyHost(ex, iata);
      out.push({ grade: m.grade, text: m.statement, from: ex });
      out.push({ grade: m.grade, text: m.location.label, from: `${ex} label` });
      said.push({ place: m.said, from: ex });
    }
    if (r.location.type === 'none') out.push({ grade: 'G', text: r.location.via, from: `${r.id} via` });
    if (r.location.type === 'fixed') out.push({ grade: r.grade, text: r.location.location.label, from: `${r.id} place` });
  }
  for (const r of PATH_RULES) {
    out.push({ grade: 'F', text: r.location.label, from: `${r.id} place` });
    for (const ex of r.examples) {
      for (const h of classifyUrl(ex, iata).path) {
        out.push({ grade: h.grade, text: h.statement, from: ex });
        said.push({ place: h.said, from: ex });
      }
    }
  }
  // Unresolvable IATA code and unknown host.
  for (const h of ['scontent-qqq1-1.cdninstagram.com', 'unknown.example']) {
    const m = classifyHost(h, iata);
    out.push({ grade: m.grade, text: m.statement, from: h });
    said.push({ place: m.said, from: h });
  }
  for (const { place, from } of said) {
    for (const code of ['host-location', 'path-location'] as const) {
      for (const n of [1, 312]) {
        out.push({ grade: place.grade, text: findingStatement({ code, params: { count: n, first: '2021-03-02T10:00:00Z', last: '2022-05-30T08:00:00Z', place } }), from: `${from} x${n}` });
        out.push({ grade: place.grade, text: findingStatement({ code, params: { count: n, first: null, last: null, place } }), from: `${from} x${n} undated` });
      }
    }
  }
  for (const g of GRADES) {
    const p = { count: 3, first: '2021-01-01T00:00:00Z', last: '2021-02-01T00:00:00Z' };
    out.push({ grade: g, text: findingStatement({ code: 'login-country', params: { ...p, grade: g, country: 'DE', reasons: ['datasets-disagree', 'mobile-network'] } }), from: `country ${g}` });
    out.push({ grade: g, text: findingStatement({ code: 'login-country', params: { ...p, grade: g, country: null, reasons: ['special-address'] } }), from: `country ${g} none` });
    out.push({ grade: g, text: findingStatement({ code: 'login-country', params: { ...p, grade: g, country: 'US', reasons: [...COUNTRY_REASONS] } }), from: `country ${g} every reason` });
  }
  return out;
}

describe('wording', () => {
  it('covers every grade the rules produce', () => {
    const grades = new Set(everyStatement().map((s) => s.grade));
    for (const g of ['B', 'E', 'F', 'G'] as const) expect(grades).toContain(g);
  });

  it('never says "stored" (or storage) for grades E, F and G, except the one negation', () => {
    const bad = everyStatement().filter((s) => SERVING_ONLY_GRADES.includes(s.grade) && violates(s.text));
    expect(bad).toEqual([]);
  });

  it('the check itself catches violations', () => {
    expect(violates('Stored in Virginia.')).toBe(true);
    expect(violates('via object storage')).toBe(true);
    expect(violates(`Delivered through X. ${NOT_STORED_SENTENCE}`)).toBe(false);
    expect(violates('This does not show where the content is stored')).toBe(true); // only the exact sentence is allowed
  });

  it('E says the edge is not where content is stored; F qualifies; G says offline location is unknown', () => {
    for (const s of everyStatement()) {
      const aboutLinks = !/label|place|via|^country/.test(s.from);
      if (s.grade === 'E' && aboutLinks) expect(s.text, s.from).toContain(NOT_STORED_SENTENCE);
      if (s.grade === 'F' && /inferred/.test(s.text)) expect(s.text, s.from).toMatch(/public evidence, (medium|low to medium|low) confidence/);
      if (s.grade === 'G' && /^(Delivered|\d+ links?)/.test(s.text)) expect(s.text, s.from).toMatch(/location cannot be determined offline/);
    }
  });

  it('B says "stored in <region> (from the file\'s address)"', () => {
    const b = everyStatement().filter((s) => s.grade === 'B' && /^Stored/.test(s.text));
    expect(b.length).toBeGreaterThan(0);
    for (const s of b) expect(s.text).toMatch(/^Stored in .+ region .+ \(from the file's address\)\.$/);
  });

  it('summarises counts with the export\'s own dates', () => {
    const place = classifyHost('p16-sign-va.tiktokcdn.com', evidenceKit().iata).said;
    const summary = (count: number, first: string | null, last: string | null) => findingStatement({ code: 'host-location', params: { count, first, last, place } });
    expect(summary(312, '2021-03-02T10:00:00Z', '2022-05-30T08:00:00Z')).toBe(
      '312 links in this export, dated 2021-03-02 to 2022-05-30, were served from TikTok\'s Virginia (US-East) cluster '
      + '(inferred from the `-va` host token; public evidence, medium confidence).');
    expect(summary(1, '2021-03-02T10:00:00Z', '2021-03-02T10:00:00Z')).toMatch(/^1 link in this export, dated 2021-03-02, was served/);
    expect(summary(2, null, null)).toMatch(/^2 links in this export \(without dates\) were served/);
  });

  it('phrases locationSentence as one sentence for one address', () => {
    expect(locationSentence({ grade: 'G', kind: 'none', via: 'X\'s network' })).toBe('Delivered via X\'s network; the location cannot be determined offline.');
  });
});
