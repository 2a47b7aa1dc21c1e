/**
 * zod issues → the plain-words, path-named problems of a `bad-request` (shared/errors.ts):
 * `filter.sourceIds[0]: expected a whole number, got a text`. One wording for every channel.
 */
import type { z } from 'zod';
import type { FieldIssue } from '../errors';

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  number: 'a number', int: 'a whole number', string: 'a text', boolean: 'true or false', array: 'a list',
  object: 'an object', record: 'an object', literal: 'a fixed value', null: 'null', undefined: 'nothing',
};

/** What a value is, in words; never the value itself (it may be large or private). */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isInteger(v) ? 'a whole number' : 'a fraction';
  if (typeof v === 'string') return 'a text';
  if (typeof v === 'boolean') return 'true or false';
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

/** `filter.sourceIds[0]`; '' for the request itself. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** zod's own messages start so; any other message was written by our schemas and is kept. */
const ZOD_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized)/;

function issueText(i: Issue): string {
  if (!ZOD_DEFAULT.test(i.message)) return i.message;
  const input = (i as { input?: unknown }).input;
  switch (i.code) {
    case 'invalid_type': {
      const expected = EXPECTED[i.expected] ?? i.expected;
      return input === undefined ? `is required (${expected})` : `expected ${expected}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      return i.values.length === 1 ? `expected ${show(i.values[0])}` : `expected one of ${i.values.map(show).join(', ')}`;
    case 'too_small':
      if (i.origin === 'array' || i.origin === 'set') return `needs at least ${String(i.minimum)} ${i.minimum === 1 ? 'entry' : 'entries'}`;
      if (i.origin === 'string') return i.minimum === 1 ? 'must not be empty' : `must be at least ${String(i.minimum)} characters`;
      return `must be ${i.inclusive ? 'at least' : 'more than'} ${String(i.minimum)}`;
    case 'too_big':
      if (i.origin === 'array' || i.origin === 'set') return `has more than ${String(i.maximum)} entries`;
      if (i.origin === 'string') return `is longer than ${String(i.maximum)} characters`;
      return `must be ${i.inclusive ? 'at most' : 'less than'} ${String(i.maximum)}`;
    case 'invalid_format':
      return i.message;
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    default:
      return i.message;
  }
}

/** One FieldIssue per problem; an unknown key becomes its own `path.key: unknown field`. */
export function fieldIssues(issues: readonly Issue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const i of issues) {
    if (i.code === 'unrecognized_keys') {
      const message = ZOD_DEFAULT.test(i.message) ? 'unknown field' : i.message;
      for (const k of i.keys) out.push({ path: pathText([...i.path, k]), message });
    } else {
      out.push({ path: pathText(i.path), message: issueText(i) });
    }
  }
  return out;
}
