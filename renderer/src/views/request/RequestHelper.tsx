import { useState } from 'react';
import { PLATFORMS, type Platform } from '../../../../shared/domain';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { PLATFORM_LABEL } from '../../lib/labels';
import { FollowUpLetter } from './FollowUpLetter';

/**
 * The request helper (docs/workshops.md §4): per platform, how to ask for the export, what to
 * choose, the wait and what to ask for — each with its source — and the follow-up letter.
 * For people whose export has not arrived yet, so it sits on the start screen.
 */
export function RequestHelper() {
  const [platform, setPlatform] = useState<Platform>('tiktok');
  const info = useApiQuery('letter.info', { platform });
  return (
    <details className="card request-helper" data-testid="request-helper">
      <summary>How do I get my export, and ask for what was missing?</summary>
      <div className="request-platforms" role="group" aria-label="Platform">
        {PLATFORMS.map((p) => (
          <button key={p} type="button" className="small" aria-pressed={p === platform} onClick={() => setPlatform(p)} data-testid={`request-platform-${p}`}>
            {PLATFORM_LABEL[p]}
          </button>
        ))}
      </div>
      <QueryState query={info} what="how to ask">
        {(r) => (
          <div className="request-info" data-testid="request-info">
            <h3>{r.label}</h3>
            <dl className="facts">
              <dt>Where to ask</dt>
              <dd>{r.howToRequest}</dd>
              <dt>Choose</dt>
              <dd>
                <ul className="compact-list">
                  {r.choose.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </dd>
              <dt>Typical wait</dt>
              <dd>{r.typicalWait}</dd>
              <dt>What to ask for</dt>
              <dd>
                <ul className="compact-list">
                  {r.askFor.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </dd>
            </dl>
            <p className="muted">When it arrives, open the .zip as it is: there is no need to unpack it.</p>
            <p className="muted small-print">Sources: {r.sources.join('; ')}</p>
          </div>
        )}
      </QueryState>
      {/* Keyed by platform: a letter written for one platform never stays under another's name. */}
      <FollowUpLetter key={platform} platform={platform} />
    </details>
  );
}
