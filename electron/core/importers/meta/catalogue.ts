/**
 * Known-files catalogue for coverage, built from the compiled declared spec (members.ts): every
 * member's files (parsed, or ignored with the declared reason), media (ignored), and "expected
 * but missing" for members whose rule says `expected`. An HTML export gets a catalogue saying its pages were not read, and why.
 */
import type { KnownFile } from '../types';
import { isHtmlFormat } from './html-export';
import type { MetaFileSpec } from './spec-types';

export const MEDIA_FILE: KnownFile = {
  name: /\.(jpe?g|png|gif|webp|heic|heif|bmp|mp4|mov|m4v|webm|m4a|mp3|aac|ogg|opus|wav|srt|vtt)$/i,
  status: 'ignored',
  reason: 'media file, not analysed',
};

export function metaCatalogue(specs: readonly MetaFileSpec[], format: string, platform: string): KnownFile[] {
  if (isHtmlFormat(format)) {
    return [
      { name: /\.html?$/i, status: 'ignored', reason: `a page of the HTML version of the ${platform} export: not read (request the JSON format)` },
      MEDIA_FILE,
    ];
  }
  const files: KnownFile[] = [];
  for (const spec of specs) {
    for (const name of spec.files) {
      const file: KnownFile = {
        name,
        status: spec.map.type === 'ignore' ? 'ignored' : 'parsed',
        reason: spec.map.type === 'ignore' ? spec.map.reason : spec.label,
      };
      // Only single-name rows can be "expected": with aliases, any one of them would do.
      if (spec.expected && spec.files.length === 1) file.expected = true;
      files.push(file);
    }
  }
  files.push(MEDIA_FILE);
  return files;
}
