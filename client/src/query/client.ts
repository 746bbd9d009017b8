// The one QueryClient of the browser app: server state (lists, pages, the session) is cached here,
// shared between the components that show it, and refreshed when a mutation invalidates it.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api';

/** Only what may pass by itself is tried again: no answer at all, or a failure on the server's side. */
function shouldRetry(failures: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const transient = error.code === 'network' || error.status >= 500;
  return transient && failures < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      // Pages that must stay current follow their Socket.IO room (realtime/useRoom.ts); a
      // refetch on every focus would only race with those events.
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
