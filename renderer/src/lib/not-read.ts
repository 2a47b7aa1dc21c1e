/** The plain sentence for data that was not read (same words as the CLI). */
import type { NotRead } from '../../../shared/domain';

export function notReadHeadline(gaps: readonly NotRead[]): string {
  let items = 0;
  const files = new Set<string>();
  for (const g of gaps) {
    items += g.count;
    files.add(g.member);
  }
  if (items === 0) return 'Everything in the files that were read was used.';
  const i = items === 1 ? '1 item' : `${items.toLocaleString('en-US')} items`;
  const f = files.size === 1 ? '1 file' : `${files.size.toLocaleString('en-US')} files`;
  return `${i} in ${f} ${items === 1 ? 'was' : 'were'} not read`;
}
