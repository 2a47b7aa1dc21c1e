/** What shape prints, the parser reads back: nested lists and places holding several kinds of value. */
import { describe, expect, it } from 'vitest';
import { compareShapeTexts } from '../../../electron/core/shape/compare';
import { JsonShapeBuilder } from '../../../electron/core/shape/json-shape';
import { parseShapeText } from '../../../electron/core/shape/parse';
import { renderValue } from '../../../electron/core/shape/render';

function shapeText(doc: unknown): string {
  const b = new JsonShapeBuilder();
  b.write(JSON.stringify(doc));
  b.end();
  return `\n### x.json (1 bytes)\n${renderValue(b.root, '').join('\n')}\n`;
}

describe('render → parse', () => {
  const doc = [
    { a: [[1, 2], [3]], b: null, c: 'x' },
    { a: 'text', b: { c: 1 }, c: ['2024-01-01'] },
  ];

  it('prints mixed places as a container followed by its scalar alternatives', () => {
    expect(shapeText(doc)).toBe(`
### x.json (1 bytes)
[  // up to 2 items
  {
    "a": [  // up to 2 items
      [  // up to 2 items
        <int>
      ]
    ] | "<string len 4>",
    "b": {
      "c": <int>
    } | null,
    "c": [  // up to 1 items
      "<YYYY-MM-DD>"
    ] | "<string len 1>"
  }
]
`);
  });

  it('reads them back with every kind of value at its place', () => {
    const [member] = parseShapeText(shapeText(doc));
    const item = member!.root!.array!.item!.object!;
    const a = item.get('a')!.node;
    expect([...a.leaves]).toEqual(['string']);
    expect([...a.array!.item!.array!.item!.leaves]).toEqual(['<int>']);
    const b = item.get('b')!.node;
    expect([...b.leaves]).toEqual(['null']);
    expect([...b.object!.keys()]).toEqual(['c']);
    expect(compareShapeTexts(shapeText(doc), shapeText(doc)).equal).toBe(true);
    // Only the first record: "a" is never text, "b" never an object, "c" never a list.
    expect(compareShapeTexts(shapeText(doc), shapeText([doc[0]])).differences).toEqual([
      'x.json/*/a: value types differ: layout {string}, shape {}',
      'x.json/*/b: layout has an object here, shape has none',
      'x.json/*/c: layout has a list here, shape has none',
    ]);
  });
});
