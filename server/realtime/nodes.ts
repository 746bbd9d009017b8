// Telling the other app nodes about a change to their local state (a person's roles, the public
// answer cache). Through the Redis adapter when there are several nodes; a single node has no one
// to tell (the in-memory adapter would only warn).
import type { AppServer } from './io';

export interface NodeMessages {
  /** A person's roles changed: re-check their sockets. */
  'user:changed': (userId: string) => void;
  /** Public answers of this scope (a command family, e.g. `meeting`) changed. */
  'cache:bump': (scope: string) => void;
}

export interface NodeLink {
  tell<E extends keyof NodeMessages>(event: E, ...args: Parameters<NodeMessages[E]>): void;
}

export function nodeLink(io: AppServer, multiNode: boolean): NodeLink {
  return {
    tell(event, ...args) {
      if (!multiNode) return;
      (io.serverSideEmit as (e: string, ...a: unknown[]) => boolean)(event, ...args);
    },
  };
}
