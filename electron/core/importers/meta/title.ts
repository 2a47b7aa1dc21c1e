/**
 * Title templates (`Login from {ip}`): the first template whose `{role}` holes all have values
 * wins. Titles are one line, at most TITLE_MAX characters.
 */

const TITLE_MAX = 140;

export type Values = Readonly<Record<string, string | undefined>>;

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_MAX ? `${flat.slice(0, TITLE_MAX - 1)}…` : flat;
}

type Part = string | { hole: string };

/** Templates are split into text and holes once (titles are filled once per record). */
const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/(\{\w+\})/).filter((p) => p !== '').map((p): Part => (/^\{\w+\}$/.test(p) ? { hole: p.slice(1, -1) } : p));
    if (compiled.size < 1000) compiled.set(template, parts);
  }
  return parts;
}

/** The first template whose holes all fill, or undefined when none does. */
export function fill(templates: readonly string[], values: Values): string | undefined {
  outer: for (const template of templates) {
    let text = '';
    for (const part of compile(template)) {
      if (typeof part === 'string') text += part;
      else {
        const value = values[part.hole];
        if (value === undefined) continue outer;
        text += value;
      }
    }
    return oneLine(text);
  }
  return undefined;
}

/** Like fill, but falls back to the last template with its holes removed (a title is never empty). */
export function fillTitle(templates: readonly string[], values: Values): string {
  return fill(templates, values) ?? oneLine((templates[templates.length - 1] ?? '').replace(/\{\w+\}/g, ''));
}
