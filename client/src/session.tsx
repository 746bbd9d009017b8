// Who is signed in, for the whole client: fetched from /api/v1/me, refreshed on demand.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Me } from '@shared/schemas/me';
import { ApiError, apiData } from './api';

interface SessionState {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState>({
  me: null,
  loading: true,
  refresh: async () => {},
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      setMe(await apiData<Me>('/me'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    let cancelled = false;
    apiData<Me>('/me')
      .then((user) => !cancelled && setMe(user))
      .catch(() => !cancelled && setMe(null))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <SessionContext.Provider value={{ me, loading, refresh }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}
