import type { ReactNode } from 'react';
import type { Query } from '../hooks/useApiQuery';
import { Notice } from './Notice';

/** Loading and error states for a view's query; renders children once data is there. */
export function QueryState<T>({ query, children, what }: { query: Query<T>; children: (data: T) => ReactNode; what: string }) {
  if (query.data !== undefined) {
    return (
      <>
        {query.error ? (
          <Notice tone="error" title={`Could not refresh ${what}`}>
            {query.error}
          </Notice>
        ) : null}
        {children(query.data)}
      </>
    );
  }
  if (query.error) {
    return (
      <Notice tone="error" title={`Could not load ${what}`}>
        <p>{query.error}</p>
        <button type="button" onClick={query.reload}>
          Try again
        </button>
      </Notice>
    );
  }
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
