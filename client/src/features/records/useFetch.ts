// Loads one API resource for a page: data, the error (with its status, for 404 pages) and reload.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../api';

export interface Fetched<T> {
  data?: T;
  total?: number;
  error?: ApiError | Error;
  loading: boolean;
  reload: () => void;
  set: (data: T) => void;
}

export function useFetch<T>(path: string | null): Fetched<T> {
  const [state, setState] = useState<{
    data?: T;
    total?: number;
    error?: ApiError | Error;
    loading: boolean;
  }>({ loading: path !== null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let cancelled = false;
    api<{ data: T; total?: number }>(path)
      .then((body) => {
        if (!cancelled) setState({ data: body.data, total: body.total, loading: false });
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setState({
            error: error instanceof Error ? error : new Error(String(error)),
            loading: false,
          });
        }
      });
    return () => {
      cancelled = true;
    };
  }, [path, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const set = useCallback((data: T) => setState((s) => ({ ...s, data })), []);
  return { ...state, reload, set };
}
