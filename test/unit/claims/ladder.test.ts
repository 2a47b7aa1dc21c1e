/**
 * THE RULE, exhaustively: a verdict never outruns its evidence. For every claim test and every
 * grade A–G, one piece of disagreeing evidence is generated in every timing (no claim date, after,
 * straddling, before, undated) and the verdict is checked; then random mixtures are checked
 * against the invariants.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, EvidenceRef, Verdict } from '../../../shared/claims';
import { GRADES, type Grade } from '../../../shared/domain';
import { decide, enforceLadder } from '../../../electron/core/claims/decide';
import { evaluateClaim } from '../../../electron/core/claims/evaluate';
import type { ClaimEvidence } from '../../../electron/core/claims/input';
import { addLocation, addNetwork, app, claimWith, device, finding, loginTable, makeInput, SHA } from './make-input';

const STRONG: readonly Grade[] = ['A', 'B', 'C', 'D'];
const EFFECTIVE = '2022-06-17';

type Timing = 'unbounded' | 'after' | 'straddles' | 'before' | 'undated';
const TIMINGS: readonly Timing[] = ['unbounded', 'after', 'straddles', 'before', 'undated'];
const DATES: Record<Timing, [string | null, string | null]> = {
  unbounded: ['2021-01-01T00:00:00Z', '2021-02-01T00:00:00Z'],
  after: ['2023-01-01T00:00:00Z', '2023-09-01T00:00:00Z'],
  straddles: ['2022-01-01T00:00:00Z', '2022-07-01T00:00:00Z'],
  before: ['2021-01-01T00:00:00Z', '2022-06-16T23:59:59Z'],
  undated: [null, null],
};

interface Case {
  name: string;
  /** Builds a claim and an input with exactly one piece of disagreeing evidence at this grade and dates. */
  build(grade: Grade, first: string | null, last: string | null, effectiveFrom: string | null): { claim: Claim; input: ClaimEvidence };
  /** Whether strong (A–D) evidence of this kind is pertinent enough to contradict. */
  strongContradicts(grade: Grade): boolean;
}

const SERVED_STORED_US = { type: 'served-or-stored-only-in' as const, countries: ['US'], regions: [], providers: [] };

const CASES: Case[] = [
  {
    name: 'stored-only-in, storage-region evidence outside',
    build(grade, first, last, effectiveFrom) {
      const input = makeInput();
      addLocation(input, finding('host-location', grade, first, last), 'SG', 'storage-region', 'Alibaba Cloud');
      return { claim: claimWith({ ...SERVED_STORED_US, mode: 'stored' }, { effectiveFrom }), input };
    },
    strongContradicts: () => true,
  },
  {
    name: 'stored-only-in, serving (cluster) evidence outside',
    build(grade, first, last, effectiveFrom) {
      const input = makeInput();
      addLocation(input, finding('path-location', grade, first, last), 'SG', 'cluster');
      return { claim: claimWith({ ...SERVED_STORED_US, mode: 'stored' }, { effectiveFrom }), input };
    },
    // Only A (stated) and B (documented) speak about storage; C/D locate a server, not storage.
    strongContradicts: (g) => g === 'A' || g === 'B',
  },
  {
    name: 'served-only-in, edge evidence outside',
    build(grade, first, last, effectiveFrom) {
      const input = makeInput();
      addLocation(input, finding('host-location', grade, first, last), 'SG', 'edge');
      return { claim: claimWith({ ...SERVED_STORED_US, mode: 'served' }, { effectiveFrom }), input };
    },
    strongContradicts: () => true,
  },
  {
    name: 'stored-only-in with a provider, storage evidence by another provider inside the country',
    build(grade, first, last, effectiveFrom) {
      const input = makeInput();
      addLocation(input, finding('host-location', grade, first, last), 'US', 'storage-region', 'Amazon Web Services');
      return { claim: claimWith({ ...SERVED_STORED_US, mode: 'stored', providers: ['Oracle'] }, { effectiveFrom }), input };
    },
    strongContradicts: () => true,
  },
  {
    name: 'no-datacenter-logins, a cloud network (curated)',
    build(grade, first, last, effectiveFrom) {
      const input = makeInput();
      addNetwork(input, finding('login-network', grade, first, last), 'cloud', true);
      return { claim: claimWith({ type: 'no-datacenter-logins' }, { effectiveFrom }), input };
    },
    strongContradicts: () => true,
  },
  {
    name: 'no-datacenter-logins, a VPN network whose kind was guessed',
    build(grade, first, last, effectiveFrom) {
      const input = makeInput();
      addNetwork(input, finding('login-network', grade, first, last), 'vpn', false);
      return { claim: claimWith({ type: 'no-datacenter-logins' }, { effectiveFrom }), input };
    },
    // A guessed kind is an inferred clue (F) whatever the ownership grade.
    strongContradicts: () => false,
  },
  {
    name: 'only-known-devices, an unlisted device',
    build(grade, first, last, effectiveFrom) {
      return { claim: claimWith({ type: 'only-known-devices', devices: ['iPhone14,2'] }, { effectiveFrom }), input: makeInput({ loginDevices: [device('SM-G991B · Android 14', grade, first, last)] }) };
    },
    strongContradicts: () => true,
  },
  {
    name: 'no-third-party-apps, an app',
    build(grade, first, last, effectiveFrom) {
      const a = app('Example Scheduler', grade, first);
      return { claim: claimWith({ type: 'no-third-party-apps' }, { effectiveFrom }), input: makeInput({ apps: [{ ...a, last }] }) };
    },
    strongContradicts: () => true,
  },
  {
    name: 'login-history-retention-max-days, a table spanning too long',
    build(grade, first, last, effectiveFrom) {
      // The span must exceed 10 days in every dated timing.
      const f = first === null ? null : first;
      return { claim: claimWith({ type: 'login-history-retention-max-days', days: 10 }, { effectiveFrom }), input: makeInput({ loginTables: [loginTable(f, last, grade)] }) };
    },
    strongContradicts: () => true,
  },
];

function expected(c: Case, grade: Grade, timing: Timing): Verdict {
  if (timing === 'before') return 'not-testable';
  if (timing === 'undated') return 'questionable';
  return STRONG.includes(grade) && c.strongContradicts(grade) ? 'contradicted' : 'questionable';
}

describe('the evidence ladder, exhaustively', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      for (const grade of GRADES) {
        for (const timing of TIMINGS) {
          it(`grade ${grade}, ${timing}`, () => {
            const [first, last] = DATES[timing];
            const { claim, input } = c.build(grade, first, last, timing === 'unbounded' ? null : EFFECTIVE);
            const v = evaluateClaim(claim, [{ sha256: SHA, platform: 'tiktok' }], () => input);
            expect(v.verdict).toBe(expected(c, grade, timing));
            if (!STRONG.includes(grade)) expect(v.verdict).not.toBe('contradicted');
            for (const e of v.evidence) if (e.role === 'contradicts') expect(STRONG).toContain(e.grade);
            if (timing === 'before') {
              expect(v.evidence.every((e) => e.role === 'predates')).toBe(true);
              expect(v.reasons.join(' ')).toContain(`dated before ${EFFECTIVE}`);
            }
            if (v.verdict === 'contradicted') expect(v.grade && STRONG.includes(v.grade)).toBe(true);
          });
        }
      }
    });
  }
});

describe('decide and enforceLadder', () => {
  const ref = (role: EvidenceRef['role'], grade: Grade): EvidenceRef => ({ ref: `x:${role}${grade}`, role, grade, what: '', count: 1, first: null, last: null, country: null, citations: [] });

  it('demotes E–G "contradicts" to a question, so even a buggy test cannot outrun the ladder', () => {
    for (const g of ['E', 'F', 'G'] as const) {
      expect(enforceLadder([ref('contradicts', g)])[0]?.role).toBe('questions');
      expect(decide([ref('contradicts', g)]).verdict).toBe('questionable');
    }
    for (const g of STRONG) expect(decide([ref('contradicts', g)])).toEqual({ verdict: 'contradicted', grade: g });
  });

  it('orders verdicts: contradicts > questions > supports > nothing, and reports the strongest grade of the deciding role', () => {
    expect(decide([ref('supports', 'A'), ref('questions', 'F'), ref('questions', 'E')])).toEqual({ verdict: 'questionable', grade: 'E' });
    expect(decide([ref('supports', 'C'), ref('supports', 'B')])).toEqual({ verdict: 'consistent', grade: 'B' });
    expect(decide([ref('predates', 'A'), ref('context', 'B')])).toEqual({ verdict: 'not-testable', grade: null });
  });
});

describe('random mixtures keep the invariants', () => {
  // Small deterministic PRNG (mulberry32) so a failure reproduces.
  let s = 0x5eed;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

  it('over 600 random inputs: no E–G contradiction, no contradiction without A–D evidence after the claim date', () => {
    for (let i = 0; i < 600; i++) {
      const c = pick(CASES);
      const effective = rnd() < 0.5 ? EFFECTIVE : null;
      const { claim, input } = c.build(pick(GRADES), ...DATES[pick(TIMINGS)], effective);
      // Add more evidence of random grades and timings.
      for (let k = 0; k < 4; k++) {
        const { input: more } = c.build(pick(GRADES), ...DATES[pick(TIMINGS)], effective);
        input.doc.findings.push(...more.doc.findings);
        Object.assign(input.findingMeta, more.findingMeta);
        input.loginDevices.push(...more.loginDevices);
        input.apps.push(...more.apps.map((a, j) => ({ ...a, key: `${a.key}-${i}-${k}-${j}` })));
        input.loginTables.push(...more.loginTables);
        input.doc.access.logins += more.doc.access.logins;
      }
      const v = evaluateClaim(claim, [{ sha256: SHA, platform: 'tiktok' }], () => input);
      const contradicting = v.evidence.filter((e) => e.role === 'contradicts');
      for (const e of contradicting) {
        expect(STRONG).toContain(e.grade);
        if (effective) expect(e.last !== null && e.last >= `${effective}T00:00:00Z`).toBe(true);
      }
      expect(v.verdict === 'contradicted').toBe(contradicting.length > 0);
      for (const e of v.evidence) if (['E', 'F', 'G'].includes(e.grade)) expect(e.role).not.toBe('contradicts');
    }
  });
});
