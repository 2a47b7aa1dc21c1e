import { useRef } from 'react';
import type { EventDetail } from '../../../../shared/api';
import { CopyButton } from '../../components/CopyButton';
import { citationText } from '../../lib/citation';

/** Where the record is in the original archive: the archive's hash, the member and the pointer. */
export function CitationBlock({ ev }: { ev: EventDetail }) {
  const ref = useRef<HTMLPreElement>(null);
  const c = ev.citation;
  return (
    <section className="citation" aria-labelledby="citation-title" data-testid="citation">
      <div className="citation-head">
        <h4 id="citation-title">Citation</h4>
        <CopyButton text={citationText(ev)} label="Copy citation" selectTarget={ref} />
      </div>
      <dl className="facts">
        <dt>Archive</dt>
        <dd className="break">{c.sourceFile}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="break" data-testid="citation-sha256">
            {c.sourceSha256}
          </code>
        </dd>
        <dt>File in archive</dt>
        <dd>
          <code className="break" data-testid="citation-member">
            {c.member}
          </code>
        </dd>
        <dt>Position</dt>
        <dd>
          <code className="break" data-testid="citation-pointer">
            {c.pointer}
          </code>
        </dd>
        <dt>Read by</dt>
        <dd>
          {c.format}, parser {c.parserVersion}
        </dd>
      </dl>
      {/* The same text the button copies, kept for the select-all fallback. */}
      <pre ref={ref} className="visually-hidden">
        {citationText(ev)}
      </pre>
    </section>
  );
}
