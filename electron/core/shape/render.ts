/**
 * Prints a shape tree in the real-layout text format (docs/shape.md): JSON-like, two-space
 * indent, `?` after keys only some records have, `// up to N items` on lists, scalar
 * alternatives joined by ` | `.
 */
import { MAX_DISTINCT, SHOWN_LITERALS, SHOWN_TOKENS, type ShapeNode } from './tree';

/**
 * The scalar alternatives to show: every category at least once (so a comparison sees them all),
 * then more of the first-seen tokens up to SHOWN_TOKENS; kept literals up to SHOWN_LITERALS and
 * `… (N distinct)` when there were more.
 */
export function scalarAlternatives(node: ShapeNode): string[] {
  const plain = [...node.tokens].filter(([, c]) => c !== 'literal');
  const literals = [...node.tokens].filter(([, c]) => c === 'literal').map(([t]) => t);
  const chosen = new Set<string>();
  const categories = new Set<string>();
  for (const [t, c] of plain) {
    if (!categories.has(c)) {
      categories.add(c);
      chosen.add(t);
    }
  }
  for (const [t] of plain) if (chosen.size < SHOWN_TOKENS) chosen.add(t);
  const out = plain.map(([t]) => t).filter((t) => chosen.has(t));
  out.push(...literals.slice(0, SHOWN_LITERALS));
  const distinct = node.literals.size;
  if (distinct > SHOWN_LITERALS || node.literalOverflow) {
    out.push(`… (${node.literalOverflow ? `${MAX_DISTINCT}+` : distinct} distinct)`);
  }
  return out;
}

/** The lines of one value at `indent`; the first line carries no indent (it follows a key). */
export function renderValue(node: ShapeNode, indent: string): string[] {
  const lines: string[] = [];
  const inner = `${indent}  `;
  if (node.object) {
    const entries = [...node.object.keys];
    if (entries.length === 0) lines.push('{}');
    else {
      lines.push('{');
      entries.forEach(([key, entry], i) => {
        const optional = entry.count < node.object!.instances ? '?' : '';
        const value = renderValue(entry.node, inner);
        value[0] = `${inner}${JSON.stringify(key)}${optional}: ${value[0]}`;
        if (i < entries.length - 1) value[value.length - 1] += ',';
        lines.push(...value);
      });
      lines.push(`${indent}}`);
    }
  }
  if (node.array) {
    const { item, maxItems } = node.array;
    const first = item === null ? '[]' : `[  // up to ${maxItems} items`;
    if (lines.length > 0) lines[lines.length - 1] += ` | ${first}`;
    else lines.push(first);
    if (item !== null) {
      const value = renderValue(item, inner);
      value[0] = `${inner}${value[0]}`;
      lines.push(...value, `${indent}]`);
    }
  }
  const scalars = scalarAlternatives(node);
  if (scalars.length > 0) {
    if (lines.length > 0) lines[lines.length - 1] += ` | ${scalars.join(' | ')}`;
    else lines.push(scalars.join(' | '));
  }
  if (lines.length === 0) lines.push('null'); // a position that held nothing readable
  return lines;
}
