/**
 * The wording rule of the evidence ladder: grades E, F and G never say "stored". The single
 * exception is the negation NOT_STORED_SENTENCE, removed before the check.
 */
import { describe, expect, it } from 'vitest';
import { GRADES, SERVING_ONLY_GRADES, type Grade } from '../../../shared/domain';
import { classifyHost, classifyUrl } from '../../../electron/core/evidence/host-knowledge';
import { HOST_RULES } from '../../../electron/core/evidence/host-rules';
import { PATH_RULES } from '../../../electron/core/evidence/path-rules';
import {
  claimStatement, claimSummary, countrySummary, NOT_STORED_SENTENCE, type Claim,
} from '../../../electron/core/evidence/wording';
import { evidenceKit } from './data';

const STORE = /\bstor(ed|age|es|e|ing)\b/i;
const violates = (s: string): boolean => STORE.test(s.split(NOT_STORED_SENTENCE).join(' '));

/** Every statement the rules can produce, with its grade. */
function everyStatement(): { grade: Grade; text: string; from: string }[] {
  const iata = evidenceKit().iata;
  const out: { grade: Grade; text: string; from: string }[] = [];
  const claims: { claim: Claim; from: string }[] = [];
  for (const r of HOST_RULES) {
    for (const ex of r.examples) {
      const m = classifyHost(ex, iata);
      out.push({ grade: m.grade, text: m.statement, from: ex });
      out.push({ grade: m.grade, text: m.location.label, from: `${ex} label` });
      claims.push({ claim: m.claim, from: ex });
    }
    if (r.location.type === 'none') out.push({ grade: 'G', text: r.location.via, from: `${r.id} via` });
    if (r.location.type === 'fixed') out.push({ grade: r.grade, text: r.location.location.label, from: `${r.id} place` });
  }
  for (const r of PATH_RULES) {
    out.push({ grade: 'F', text: r.location.label, from: `${r.id} place` });
    for (const ex of r.examples) {
      for (const h of classifyUrl(ex, iata).path) {
        out.push({ grade: h.grade, text: h.statement, from: ex });
        claims.push({ claim: h.claim, from: ex });
      }
    }
  }
  // Unresolvable IATA code and unknown host.
  for (const h of ['scontent-qqq1-1.cdninstagram.com', 'unknown.example']) {
    const m = classifyHost(h, iata);
    out.push({ grade: m.grade, text: m.statement, from: h });
    claims.push({ claim: m.claim, from: h });
  }
  for (const { claim, from } of claims) {
    for (const n of [1, 312]) {
      out.push({ grade: claim.grade, text: claimSummary(claim, n, '2021-03-02T10:00:00Z', '2022-05-30T08:00:00Z'), from: `${from} x${n}` });
      out.push({ grade: claim.grade, text: claimSummary(claim, n, null, null), from: `${from} x${n} undated` });
    }
  }
  for (const g of GRADES) {
    const reasons = ['the two country datasets disagree', 'mobile carrier addresses are often registered far from the phone'];
    out.push({ grade: g, text: countrySummary(g, 'DE', 3, '2021-01-01T00:00:00Z', '2021-02-01T00:00:00Z', reasons), from: `country ${g}` });
    out.push({ grade: g, text: countrySummary(g, null, 3, null, null, ['private or reserved addresses']), from: `country ${g} none` });
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
    const c = classifyHost('p16-sign-va.tiktokcdn.com', evidenceKit().iata).claim;
    expect(claimSummary(c, 312, '2021-03-02T10:00:00Z', '2022-05-30T08:00:00Z')).toBe(
      '312 links in this export, dated 2021-03-02 to 2022-05-30, were served from TikTok\'s Virginia (US-East) cluster '
      + '(inferred from the `-va` host token; public evidence, medium confidence).');
    expect(claimSummary(c, 1, '2021-03-02T10:00:00Z', '2021-03-02T10:00:00Z')).toMatch(/^1 link in this export, dated 2021-03-02, was served/);
    expect(claimSummary(c, 2, null, null)).toMatch(/^2 links in this export \(without dates\) were served/);
  });

  it('phrases claimStatement as one sentence for one address', () => {
    expect(claimStatement({ grade: 'G', kind: 'none', via: 'X\'s network' })).toBe('Delivered via X\'s network; the location cannot be determined offline.');
  });
});
