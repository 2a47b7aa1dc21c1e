/**
 * Reads a shape text (the output of `whereabouts shape`, or a file in
 * ../shared/reference/real-layouts/) back into a tree of categories, for structure comparison.
 * Lenient about what is not structure: lines after a member's tree (stray tool output in some
 * layout files) are ignored, and so are counts, lengths and sizes.
 */

export interface PEntry {
  optional: boolean;
  node: PNode;
}

export interface PNode {
  object: Map<string, PEntry> | null;
  array: { item: PNode | null } | null;
  /** Value categories: `string`, `url`, `empty`, `literal`, `placeholder`, `null`, `<int>`, `"<ipv4>"`, … */
  leaves: Set<string>;
  /** Three or more non-literal alternatives were shown: the dump may have left others out. */
  truncated: boolean;
}

export type MemberKind = 'json' | 'lines' | 'listed' | 'files' | 'unreadable';

export interface ParsedMember {
  path: string;
  bytes: number;
  kind: MemberKind;
  preface?: string;
  root?: PNode;
  /** TXT labels or CSV columns → categories of their value. */
  labels?: Map<string, Set<string>>;
  unreadable?: string;
}

export function newPNode(): PNode {
  return { object: null, array: null, leaves: new Set(), truncated: false };
}

const PLACEHOLDERS = new Set(['N/A', 'n/a', 'None', 'none', 'null', 'NULL', '-', 'undefined']);
const TOKEN = /\s*(?:\|\s*)?("(?:[^"\\]|\\.)*"|<[^>]*>|null|… \(\d+\+? distinct\)|\[\]|\{\}|\[\s*\/\/ up to \d+ items|\{|\[)\s*,?/y;

/** The category a printed scalar stands for (what structure comparison looks at). */
export function categoryOf(token: string): string {
  if (token === 'null') return 'null';
  if (!token.startsWith('"')) return token; // <int>, <epoch s>, <boolean>, …
  const text = JSON.parse(token) as string;
  if (text === '') return 'empty';
  if (/^<string len \d+>$/.test(text)) return 'string';
  if (/^<url host=\S+ path-segments=\d+>$/.test(text)) return 'url';
  if (/^<.*>$/.test(text)) return `"${text}"`;
  return PLACEHOLDERS.has(text) ? 'placeholder' : 'literal';
}

function tokenize(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) {
    out.push(m[1] ?? '');
    if (m[1] === '{' || m[1]?.startsWith('[ ') || m[1] === '[') break; // a container opens: its lines follow
  }
  if (!/^[\s,]*$/.test(text.slice(TOKEN.lastIndex))) throw new Error(`cannot read "${text}"`);
  return out;
}

class Lines {
  constructor(readonly lines: string[], public i: number) {}
  next(): string {
    const line = this.lines[this.i++];
    if (line === undefined) throw new Error('the tree ends early');
    return line.trim();
  }
}

function parseValue(text: string, src: Lines): PNode {
  const node = newPNode();
  let plain = 0;
  let rest = text;
  for (;;) {
    let descended = false;
    for (const tok of tokenize(rest)) {
      if (tok === '{') {
        node.object ??= new Map();
        for (;;) {
          const line = src.next();
          if (line.startsWith('}')) {
            rest = line.slice(1);
            break;
          }
          const m = /^("(?:[^"\\]|\\.)*")(\?)?: (.*)$/.exec(line);
          if (!m) throw new Error(`expected a key at "${line}"`);
          const key = JSON.parse(m[1] ?? '""') as string;
          node.object.set(key, { optional: m[2] === '?', node: parseValue(m[3] ?? '', src) });
        }
        descended = true;
      } else if (tok.startsWith('[') && tok !== '[]') {
        const item = parseValue(src.next(), src);
        const close = src.next();
        if (!close.startsWith(']')) throw new Error(`expected ] at "${close}"`);
        node.array = { item };
        rest = close.slice(1);
        descended = true;
      } else if (tok === '{}') node.object ??= new Map();
      else if (tok === '[]') node.array ??= { item: null };
      else if (tok.startsWith('…')) continue;
      else {
        const c = categoryOf(tok);
        if (c !== 'literal' && c !== 'placeholder') plain++;
        node.leaves.add(c);
      }
    }
    if (!descended) break;
  }
  node.truncated = plain >= 3;
  return node;
}

function parseLabels(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (text.trim() === '-') return out;
  const re = /\s*(?:\|\s*)?([^"|]+?): ("(?:[^"\\]|\\.)*"|<[^>]*>)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const label = m[1] ?? '';
    const set = out.get(label) ?? new Set<string>();
    set.add(categoryOf(m[2] ?? ''));
    out.set(label, set);
  }
  return out;
}

const HEADER = /^### (.*) \((\d+) bytes\)$/;

/** All member blocks of a shape text, in order. Throws with the member's path on a broken tree. */
export function parseShapeText(text: string): ParsedMember[] {
  const lines = text.split(/\r?\n/);
  const members: ParsedMember[] = [];
  let i = 0;
  while (i < lines.length) {
    const h = HEADER.exec(lines[i] ?? '');
    i++;
    if (!h) continue;
    const path = h[1] ?? '';
    const member: ParsedMember = { path, bytes: Number(h[2]), kind: path.includes('*') ? 'files' : 'listed' };
    members.push(member);
    while (i < lines.length && !HEADER.test(lines[i] ?? '')) {
      const line = lines[i] ?? '';
      i++;
      const field = /^(preface|lines|labels|rows|columns|files|unreadable): ?(.*)$/.exec(line);
      if (field) {
        const [, name, value = ''] = field;
        if (name === 'preface') member.preface = value;
        else if (name === 'labels' || name === 'columns') member.labels = parseLabels(value);
        else if (name === 'unreadable') {
          member.kind = 'unreadable';
          member.unreadable = value;
        } else if (name === 'files') member.kind = 'files';
        if (name === 'lines' || name === 'rows') member.kind = 'lines';
        continue;
      }
      if (line.trim() === '' || member.root !== undefined) continue; // after the tree: not structure
      const src = new Lines(lines, i);
      try {
        member.root = parseValue(line.trim(), src);
      } catch (err) {
        throw new Error(`${path}: ${(err as Error).message}`, { cause: err });
      }
      member.kind = 'json';
      i = src.i;
    }
  }
  return members;
}
