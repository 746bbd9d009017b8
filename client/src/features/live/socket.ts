// The browser's Socket.IO connection for live sessions (same origin, session cookie). io() shares
// one connection per origin with other features. When the browser reports that the network is
// gone, the transport is closed at once (a recoverable "transport close", so connection state
// recovery applies) instead of waiting for the heartbeat to time out.
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '@shared/errors';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
let socket: LiveSocket | undefined;

export function liveSocket(): LiveSocket {
  if (!socket) {
    const created: LiveSocket = io({ transports: ['websocket', 'polling'], withCredentials: true });
    window.addEventListener('offline', () => created.io.engine?.close());
    window.addEventListener('online', () => {
      if (!created.connected) created.connect();
    });
    socket = created;
  }
  return socket;
}

/** Emits an event and resolves with its acknowledgement (or a timeout error). */
export async function emitLive<T>(event: string, payload: unknown): Promise<Ack<T>> {
  try {
    const raw = liveSocket() as unknown as {
      timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<Ack<T>> };
    };
    return await raw.timeout(10_000).emitWithAck(event, payload);
  } catch {
    return { ok: false, error: { code: 'internal', message: 'timeout' } };
  }
}
