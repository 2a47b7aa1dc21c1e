import { useEffect, useRef, useState } from 'react';
import type { SourceSummary } from '../../../../shared/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyableCode } from '../../components/CopyableCode';
import { Notice } from '../../components/Notice';
import { TimeText } from '../../components/TimeText';
import { messageOf } from '../../api/errors';
import { formatBytes, formatCount } from '../../lib/format';
import { PLATFORM_LABEL } from '../../lib/labels';
import { formatSpan } from '../../lib/time';
import { useProfile } from '../../stores/profile';
import { CoverageTable } from './CoverageTable';

export function SourceDetail({ source: s, focused }: { source: SourceSummary; focused: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const removeSource = useProfile((st) => st.removeSource);

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      await removeSource(s.id);
      setConfirming(false);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article ref={ref} className="card source-detail" aria-labelledby={`source-${s.id}-title`} data-testid="source-detail">
      <p className="card-kicker">{PLATFORM_LABEL[s.platform]}</p>
      <h2 id={`source-${s.id}-title`} className="break">
        {s.file}
      </h2>
      <dl className="facts">
        <dt>SHA-256</dt>
        <dd className="sha-row">
          <CopyableCode text={s.sha256} label="Copy" testId="source-sha256" />
        </dd>
        <dt>Format</dt>
        <dd>{s.format}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(s.bytes)}</dd>
        <dt>Covers</dt>
        <dd>{formatSpan(s.first, s.last)}</dd>
        <dt>Read</dt>
        <dd>
          {formatCount(s.events)} events, {formatCount(s.facts)} facts
        </dd>
        <dt>Parser</dt>
        <dd>{s.parserVersion}</dd>
        <dt>Imported</dt>
        <dd>
          <TimeText iso={s.importedAt} />
        </dd>
      </dl>
      {s.parts.length > 1 ? (
        <details>
          <summary>{s.parts.length} parts</summary>
          <ul className="plain-list">
            {s.parts.map((p) => (
              <li key={p.sha256}>
                <span className="break">{p.file}</span> · {formatBytes(p.bytes)} · <code className="break">{p.sha256}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <CoverageTable sourceId={s.id} summary={s.coverage} />
      {error ? (
        <Notice tone="error" title="Could not remove">
          {error}
        </Notice>
      ) : null}
      <div className="card-actions">
        <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="source-remove">
          Remove this source…
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${s.file}?`}
        confirmLabel="Remove source"
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
        busy={busy}
        testId={`remove-dialog-${s.id}`}
      >
        <p>
          Its {formatCount(s.events)} events and everything derived from them are deleted from this computer. The export file itself is not touched;
          you can open it again later.
        </p>
      </ConfirmDialog>
    </article>
  );
}
