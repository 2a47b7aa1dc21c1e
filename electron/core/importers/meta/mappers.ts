/**
 * Meta's one mapper table, keyed by the declared spec's `record.mapperId` (meta/declared.ts):
 * per mapping kind, which fields of the member's rule (rules.ts) it uses and the mapping rule
 * map-item.ts / map-media.ts / map-off-platform.ts then run. Resolved once, when the declared spec
 * is compiled (compile.ts). Each checks the declared `becomes` against what it will make, so a
 * declared kind and a rule cannot disagree.
 */
import type { EventKind } from '../../../../shared/domain';
import type { FactKind } from '../../../../shared/records';
import type { RecordKind, RecordSpec } from '../common/spec-format';
import type { MetaMapperId } from './declared';
import { factEventKinds, type MetaRule } from './rules';
import type { Mapping } from './spec-types';

/** The rule fields that belong to one mapping kind or another. */
export const MAPPING_FIELDS = ['title', 'text', 'actions', 'scanText', 'fact', 'profile', 'names'] as const;
type MappingField = (typeof MAPPING_FIELDS)[number];

export interface MetaMapper {
  /** The rule fields this mapper reads; a rule with another mapping field is an error. */
  uses: readonly MappingField[];
  compile(record: RecordSpec, rule: MetaRule, fail: (why: string) => never): Mapping;
}

const kindsOf = (record: RecordSpec, prefix: 'event:' | 'fact:'): string[] =>
  record.becomes.filter((b) => b.startsWith(prefix)).map((b) => b.slice(prefix.length));

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((k) => y.has(k));
}

/** A mapper whose records are always of the given kinds. */
function becomesExactly(record: RecordSpec, kinds: readonly RecordKind[], mapper: string, fail: (why: string) => never): void {
  if (!sameSet(record.becomes, kinds)) fail(`becomes ${JSON.stringify(record.becomes)}; the ${mapper} mapper makes ${JSON.stringify(kinds)}`);
}

function titles(rule: MetaRule, mapper: string, fail: (why: string) => never): readonly string[] {
  if (!rule.title || rule.title.length === 0) return fail(`the ${mapper} mapper needs title templates in rules.ts`);
  return rule.title;
}

export const META_MAPPERS: Readonly<Record<MetaMapperId, MetaMapper>> = {
  event: {
    uses: ['title', 'text', 'actions', 'scanText'],
    compile: (record, rule, fail) => {
      const kinds = kindsOf(record, 'event:');
      const kind = kinds[0];
      if (kind === undefined || kindsOf(record, 'fact:').length > 0) return fail(`becomes ${JSON.stringify(record.becomes)}; the event mapper makes events only`);
      // The first declared kind is the default; the others are those the action rules pick.
      if (!sameSet(kinds, [kind, ...(rule.actions ?? []).map((a) => a.kind)])) fail(`becomes ${JSON.stringify(record.becomes)}, but its action rules give other kinds`);
      return {
        type: 'event', kind: kind as EventKind, title: titles(rule, 'event', fail),
        ...(rule.actions ? { actions: rule.actions } : {}), ...(rule.text ? { text: rule.text } : {}), ...(rule.scanText ? { scanText: true } : {}),
      };
    },
  },
  fact: {
    uses: ['fact'],
    compile: (record, rule, fail) => {
      const facts = kindsOf(record, 'fact:');
      const fact = facts[0];
      if (facts.length !== 1 || fact === undefined) return fail(`becomes ${JSON.stringify(record.becomes)}; the fact mapper makes one kind of fact`);
      if (!rule.fact) return fail('the fact mapper needs its fact rule (name, details) in rules.ts');
      if (!sameSet(kindsOf(record, 'event:'), factEventKinds(rule.fact))) fail(`becomes ${JSON.stringify(record.becomes)}, but its fact rule gives other events`);
      return { type: 'fact', fact: fact as FactKind, ...rule.fact };
    },
  },
  profile: {
    uses: ['profile'],
    compile: (record, rule, fail) => {
      if (!rule.profile) return fail('the profile mapper needs its profile rule (owner names) in rules.ts');
      becomesExactly(record, ['fact:profile', ...(rule.profile.created ? ['event:security' as const] : [])], 'profile', fail);
      return { type: 'profile', ...rule.profile };
    },
  },
  names: {
    uses: ['names'],
    compile: (record, rule, fail) => {
      const facts = kindsOf(record, 'fact:');
      if (facts.length !== 1 || record.becomes.length !== 1) return fail(`becomes ${JSON.stringify(record.becomes)}; the names mapper makes one kind of fact`);
      return { type: 'names', fact: facts[0] as FactKind, ...(rule.names?.value !== undefined ? { value: rule.names.value } : {}) };
    },
  },
  'off-platform': {
    uses: [],
    compile: (record, _rule, fail) => {
      becomesExactly(record, ['event:off_platform'], 'off-platform', fail);
      return { type: 'off-platform' };
    },
  },
  media: {
    uses: ['title'],
    compile: (record, rule, fail) => {
      becomesExactly(record, ['event:post'], 'media', fail);
      return { type: 'media', title: titles(rule, 'media', fail) };
    },
  },
  message: {
    uses: ['title'],
    compile: (record, rule, fail) => {
      becomesExactly(record, ['event:message'], 'message', fail);
      return { type: 'message', title: titles(rule, 'message', fail) };
    },
  },
};
