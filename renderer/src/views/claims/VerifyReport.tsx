import { useState } from 'react';
import type { ReportVerification } from '../../../../shared/api';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { Notice } from '../../components/Notice';
import { plainError } from '../import/plain-error';

/** Largest report accepted (the serve transport's request limit; a report of a big profile is a few MB). */
const MAX_REPORT_BYTES = 10_000_000;

type State = { phase: 'idle' } | { phase: 'checking'; file: string } | { phase: 'done'; file: string; result: ReportVerification } | { phase: 'error'; file: string; message: string };

/**
 * Verify a saved report in the app: the same comparison as `whereabouts verify`, against the
 * exports already in this profile (found by SHA-256). Shows match or mismatch, and the differing lines.
 */
export function VerifyReport() {
  const [state, setState] = useState<State>({ phase: 'idle' });

  const check = async (file: File): Promise<void> => {
    if (file.size > MAX_REPORT_BYTES) {
      setState({ phase: 'error', file: file.name, message: 'This file is larger than any report the app writes (10 MB); it is not a Whereabouts report.' });
      return;
    }
    setState({ phase: 'checking', file: file.name });
    try {
      const result = await api()['report.verify']({ text: await file.text() });
      setState({ phase: 'done', file: file.name, result });
    } catch (err) {
      setState({ phase: 'error', file: file.name, message: plainError(messageOf(err), 'The report could not be checked.') });
    }
  };

  return (
    <section className="block" aria-labelledby="verify-title" data-testid="verify-report">
      <h2 id="verify-title">Verify a report</h2>
      <p>
        Choose a saved report (.html or .json). It is recomputed from the exports in this profile with the report’s own claims and compared
        line by line — the same check as <code>whereabouts verify</code>. Nothing is sent anywhere.
      </p>
      <label>
        Report file{' '}
        <input
          type="file"
          accept=".html,.htm,.json,text/html,application/json"
          data-testid="verify-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void check(f);
          }}
        />
      </label>
      {state.phase === 'checking' ? <p role="status">Checking {state.file}…</p> : null}
      {state.phase === 'error' ? (
        <Notice tone="error" title={`Could not check ${state.file}`}>
          {state.message}
        </Notice>
      ) : null}
      {state.phase === 'done' ? <VerifyResult file={state.file} r={state.result} /> : null}
    </section>
  );
}

function VerifyResult({ file, r }: { file: string; r: ReportVerification }) {
  const missing = r.archives.filter((a) => !a.inProfile);
  return (
    <div data-testid="verify-result" data-match={r.match ? 'match' : 'mismatch'}>
      <Notice tone={r.match ? 'info' : 'warning'} title={r.match ? `Match: ${file} is what these exports give` : `Mismatch: ${file} is not what these exports give`}>
        <p>
          {r.kind.toUpperCase()} report made by {r.tool}, generated {r.generatedAt}.
        </p>
        {r.versionNote ? <p>{r.versionNote}</p> : null}
      </Notice>
      {missing.length > 0 ? (
        <p data-testid="verify-missing">
          This profile does not hold {missing.length === 1 ? 'an export' : `${missing.length} exports`} the report names, so it cannot be
          recomputed here: {missing.map((a) => `${a.file} (SHA-256 ${a.sha256.slice(0, 12)}…)`).join(', ')}. Import {missing.length === 1 ? 'it' : 'them'} first,
          or use <code>whereabouts verify</code> with the files.
        </p>
      ) : null}
      {r.sections.length > 0 ? (
        <ul className="plain-list" data-testid="verify-sections">
          {r.sections.map((s) => (
            <li key={s.section} data-match={s.match ? 'match' : 'mismatch'}>
              <strong>{s.match ? '✓ match' : '✗ mismatch'}</strong> {s.section}
              {s.differences.length > 0 ? (
                <ul className="plain-list">
                  {s.differences.map((d, i) => (
                    <li key={i}>
                      <code className="break">{d}</code>
                    </li>
                  ))}
                  {s.more > 0 ? <li className="muted">… and {s.more} more</li> : null}
                </ul>
              ) : null}
            </li>
          ))}
          {r.html !== null ? (
            <li data-match={r.html ? 'match' : 'mismatch'}>
              <strong>{r.html ? '✓ match' : '✗ mismatch'}</strong> the page itself {r.html ? '(exactly what these exports give)' : '(the visible page differs from what these exports give)'}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
