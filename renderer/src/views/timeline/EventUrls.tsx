import type { EventDetail } from '../../../../shared/api';
import { GradeBadge } from '../../components/GradeBadge';

/** The links in a record, each with what its host says about location (graded, never overstated). */
export function EventUrls({ urls }: { urls: EventDetail['urls'] }) {
  if (urls.length === 0) return null;
  return (
    <section aria-label="Links in this record">
      <h4>Links in this record</h4>
      <ul className="url-list">
        {urls.map((u, i) => (
          <li key={`${u.url}-${i}`}>
            <code className="break">{u.url}</code>
            <div>
              <strong>{u.host}</strong> {u.grade ? <GradeBadge grade={u.grade} /> : null}
              {u.statement ? <span className="muted"> {u.statement}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
