/**
 * Fetches one contract call for a view and refetches when the request or the profile's data
 * changes. A late answer for an old request is dropped so fast filter changes never flash stale data.
 */
import { useEffect, useRef, useState } from 'react';
import type { Channel, Req, Res } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { useProfile } from '../stores/profile';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useApiQuery<C extends Channel>(channel: C, req: Req<C>, enabled = true): Query<Res<C>> {
  const dataVersion = useProfile((s) => s.dataVersion);
  const [state, setState] = useState<{ data: Res<C> | undefined; error: string | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: enabled,
  });
  const [nonce, setNonce] = useState(0);
  const key = JSON.stringify(req);
  const seq = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    // The request is rebuilt from its key so the effect depends on its value, not its identity.
    const request = JSON.parse(key) as Req<C>;
    const fn = api()[channel] as (r: Req<C>) => Promise<Res<C>>;
    fn(request).then(
      (data) => {
        if (mine === seq.current) setState({ data, error: null, loading: false });
      },
      (err: unknown) => {
        if (mine === seq.current) setState((s) => ({ data: s.data, error: messageOf(err), loading: false }));
      },
    );
  }, [channel, key, dataVersion, nonce, enabled]);

  return { ...state, reload: () => setNonce((n) => n + 1) };
}
