/**
 * Text from an export (titles, file names, device names) must not drive the terminal: an escape
 * sequence could rewrite the screen, hide lines or set the window title, and bidirectional
 * controls can make a line read differently from what it holds. Every line the CLI prints passes
 * through here; such characters are shown as `\u001b`-style escapes. In JSON output they can only
 * stand inside strings, where that escape is the same value, so the JSON stays valid and equal.
 */

// C0 controls but tab, DEL, C1 controls; line/paragraph separators; bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function termSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A block of lines: each line made safe, the line breaks kept. */
export function termSafeLines(text: string): string {
  return text.split('\n').map(termSafe).join('\n');
}
