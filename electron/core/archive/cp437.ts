/**
 * IBM code page 437, the zip format's historical default for member names. Old Windows and DOS
 * tools (and some current ones) still write names this way without saying so.
 *
 * Bytes below 0x80 are plain ASCII: the original DOS glyphs for control bytes (☺, ♥, …) never
 * occur in real file names, and treating them as ASCII matches Python's cp437 codec.
 */
const HIGH_HALF =
  'ÇüéâäàåçêëèïîìÄÅ' + // 0x80
  'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ' + // 0x90
  'áíóúñÑªº¿⌐¬½¼¡«»' + // 0xA0
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' + // 0xB0
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' + // 0xC0
  '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' + // 0xD0
  'αßΓπΣσµτΦΘΩδ∞φε∩' + // 0xE0
  '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'; // 0xF0

if (HIGH_HALF.length !== 128) throw new Error('internal: CP437 table must have 128 characters');

export function decodeCp437(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : HIGH_HALF[b - 0x80];
  return out;
}
