/**
 * A streaming line reader for TXT members. Not node:readline: readline decodes with a lenient
 * decoder (bad bytes become U+FFFD silently) and knows no UTF-16; this reads through
 * text-decoding.ts, so a member that is not text fails with a clear MemberError.
 * Lines come out without their `\n` / `\r\n`; numbering (1-based) is the caller's count.
 */
import { textChunks, type TextInfo } from '../common/text-decoding';

const stripCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** Yields the complete lines of each chunk as one batch (an async hop per chunk, not per line). */
export async function* readLines(
  source: AsyncIterable<unknown>,
  member: string,
  signal?: AbortSignal,
  info: TextInfo = { encoding: 'utf-8', bytesRead: 0, bomBytes: 0 },
): AsyncGenerator<string[]> {
  let partial = '';
  for await (const chunk of textChunks(source, member, { bytes: false, signal }, info)) {
    const parts = (partial + (chunk as string)).split('\n');
    partial = parts.pop() ?? '';
    if (parts.length > 0) yield parts.map(stripCr);
  }
  if (partial !== '') yield [stripCr(partial)];
}
