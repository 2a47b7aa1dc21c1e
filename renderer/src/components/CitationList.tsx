import type { Provenance } from '../../../shared/domain';

/**
 * Where the records behind a statement are in the original archive (member, pointer, archive
 * hash), folded away under `label (n)` so a long list does not push the statements apart.
 * Nothing is shown when there is nothing to cite.
 */
export function CitationList({ citations, label }: { citations: readonly Provenance[]; label: string }) {
  if (citations.length === 0) return null;
  return (
    <details>
      <summary>{label} ({citations.length})</summary>
      <ul className="plain-list evidence-list">
        {citations.map((c, i) => (
          <li key={i}>
            <code className="break">{c.member}</code> <code className="break">{c.pointer}</code>{' '}
            <span className="muted" title={c.sourceSha256}>
              archive {c.sourceSha256.slice(0, 12)}…
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
