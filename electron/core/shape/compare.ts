/**
 * "Structure equal": two shape texts describe the same export layout when they have the same
 * member paths (person-specific folders normalised: `TikTok_Data_<name>/`, `inbox/<thread>/`),
 * the same key trees (including which keys are optional), and the same value categories at each
 * leaf. String lengths, item counts, distinct counts, the exact kept literals and byte sizes are
 * not structure and are ignored. Members listed only as `dir/*.ext` (photos, videos) are ignored
 * too: the real layouts leave them out.
 *
 * Members whose normalised paths coincide (several message threads, several people's exports in
 * one layout file) are merged into their union first, on both sides alike.
 */
import { reducePath } from './classify';
import { newPNode, parseShapeText, type ParsedMember, type PEntry, type PNode } from './parse';

export interface StructureComparison {
  equal: boolean;
  /** One line per difference: `<member>: <pointer>: <what>`. */
  differences: string[];
}

interface MergedMember {
  path: string;
  kinds: Set<string>;
  prefaces: Set<string>;
  root: PNode | null;
  labels: Map<string, Set<string>> | null;
  /** Why a file could not be read, when it could not. */
  unreadable: Set<string>;
}

export function normaliseMemberPath(path: string): string {
  return reducePath(path);
}

function mergeNodes(a: PNode, b: PNode): PNode {
  const out = newPNode();
  out.truncated = a.truncated || b.truncated;
  out.leaves = new Set([...a.leaves, ...b.leaves]);
  if (a.object || b.object) {
    out.object = new Map();
    const ak = a.object ?? new Map<string, PEntry>();
    const bk = b.object ?? new Map<string, PEntry>();
    for (const key of new Set([...ak.keys(), ...bk.keys()])) {
      const ea = ak.get(key);
      const eb = bk.get(key);
      if (ea && eb) out.object.set(key, { optional: ea.optional || eb.optional, node: mergeNodes(ea.node, eb.node) });
      else {
        const only = (ea ?? eb)!;
        // Present in one file's objects only: optional in the union, unless one side had no object at all.
        const otherHasObject = ea ? b.object !== null : a.object !== null;
        out.object.set(key, { optional: only.optional || otherHasObject, node: only.node });
      }
    }
  }
  if (a.array || b.array) {
    const ia = a.array?.item ?? null;
    const ib = b.array?.item ?? null;
    out.array = { item: ia && ib ? mergeNodes(ia, ib) : (ia ?? ib) };
  }
  return out;
}

function mergeMembers(members: readonly ParsedMember[]): Map<string, MergedMember> {
  const out = new Map<string, MergedMember>();
  for (const m of members) {
    if (m.kind === 'files') continue;
    const path = normaliseMemberPath(m.path);
    let g = out.get(path);
    if (!g) {
      g = { path, kinds: new Set(), prefaces: new Set(), root: null, labels: null, unreadable: new Set() };
      out.set(path, g);
    }
    g.kinds.add(m.kind);
    if (m.preface !== undefined) g.prefaces.add(m.preface);
    if (m.unreadable !== undefined) g.unreadable.add(m.unreadable);
    if (m.root) g.root = g.root ? mergeNodes(g.root, m.root) : m.root;
    if (m.labels) {
      g.labels ??= new Map();
      for (const [label, cats] of m.labels) g.labels.set(label, new Set([...(g.labels.get(label) ?? []), ...cats]));
    }
  }
  return out;
}

const list = (s: Iterable<string>): string => `{${[...s].sort().join(', ')}}`;

function compareLeaves(e: PNode, a: PNode, where: string, diffs: string[]): void {
  const missing = [...e.leaves].filter((c) => !a.leaves.has(c));
  const extra = [...a.leaves].filter((c) => !e.leaves.has(c));
  // A side that showed three alternatives may have left categories out: it only has to be contained.
  const ok = e.truncated ? missing.length === 0 : a.truncated ? extra.length === 0 : missing.length === 0 && extra.length === 0;
  if (!ok) diffs.push(`${where}: value types differ: layout ${list(e.leaves)}, shape ${list(a.leaves)}`);
}

function compareNodes(e: PNode, a: PNode, where: string, diffs: string[]): void {
  compareLeaves(e, a, where, diffs);
  if (e.object && !a.object) diffs.push(`${where}: layout has an object here, shape has none`);
  if (!e.object && a.object) diffs.push(`${where}: shape has an object here, layout has none`);
  if (e.object && a.object) {
    for (const [key, ee] of e.object) {
      const ae = a.object.get(key);
      const at = `${where}/${key}`;
      if (!ae) {
        diffs.push(`${at}: key missing from shape`);
        continue;
      }
      if (ee.optional !== ae.optional) diffs.push(`${at}: ${ee.optional ? 'optional' : 'required'} in layout, ${ae.optional ? 'optional' : 'required'} in shape`);
      compareNodes(ee.node, ae.node, at, diffs);
    }
    for (const key of a.object.keys()) if (!e.object.has(key)) diffs.push(`${where}/${key}: extra key in shape (not in layout)`);
  }
  if (e.array && !a.array) diffs.push(`${where}: layout has a list here, shape has none`);
  if (!e.array && a.array) diffs.push(`${where}: shape has a list here, layout has none`);
  if (e.array && a.array) {
    const ei = e.array.item;
    const ai = a.array.item;
    if (ei && !ai) diffs.push(`${where}/*: the layout's list has items, the shape's is always empty`);
    else if (!ei && ai) diffs.push(`${where}/*: the shape's list has items, the layout's is always empty`);
    else if (ei && ai) compareNodes(ei, ai, `${where}/*`, diffs);
  }
}

function compareLabels(e: Map<string, Set<string>>, a: Map<string, Set<string>>, where: string, diffs: string[]): void {
  for (const [label, cats] of e) {
    const got = a.get(label);
    if (!got) diffs.push(`${where}: label "${label}" missing from shape`);
    else if (list(cats) !== list(got)) diffs.push(`${where}: label "${label}": value types differ: layout ${list(cats)}, shape ${list(got)}`);
  }
  for (const label of a.keys()) if (!e.has(label)) diffs.push(`${where}: extra label "${label}" in shape`);
}

/** Compares an expected shape text (a real layout) with an actual one (`whereabouts shape` output). */
export function compareShapeTexts(expected: string, actual: string): StructureComparison {
  return compareShapes(parseShapeText(expected), parseShapeText(actual));
}

export function compareShapes(expected: readonly ParsedMember[], actual: readonly ParsedMember[]): StructureComparison {
  const e = mergeMembers(expected);
  const a = mergeMembers(actual);
  const diffs: string[] = [];
  for (const path of e.keys()) if (!a.has(path)) diffs.push(`${path}: member missing from shape`);
  for (const path of a.keys()) if (!e.has(path)) diffs.push(`${path}: extra member in shape (not in layout)`);
  for (const [path, em] of e) {
    const am = a.get(path);
    if (!am) continue;
    if (list(em.kinds) !== list(am.kinds)) {
      const why = am.unreadable.size > 0 ? ` (unreadable: ${[...am.unreadable].join('; ')})` : '';
      diffs.push(`${path}: read as ${list(em.kinds)} in layout, ${list(am.kinds)} in shape${why}`);
    }
    if (list(em.prefaces) !== list(am.prefaces)) diffs.push(`${path}: preface ${list(em.prefaces)} in layout, ${list(am.prefaces)} in shape`);
    if (em.labels || am.labels) compareLabels(em.labels ?? new Map<string, Set<string>>(), am.labels ?? new Map<string, Set<string>>(), path, diffs);
    if (em.root && am.root) compareNodes(em.root, am.root, path, diffs);
    else if (em.root && !am.root) diffs.push(`${path}: layout has a JSON tree, shape has none`);
    else if (!em.root && am.root) diffs.push(`${path}: shape has a JSON tree, layout has none`);
  }
  return { equal: diffs.length === 0, differences: diffs };
}
