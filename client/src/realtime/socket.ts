// The browser's one Socket.IO connection (same origin, session cookie) and its typed use, from the
// shared event maps (`ClientToServerEvents`, `ServerToClientEvents`): `emit` sends a client event
// and resolves with its acknowledgement's data, or throws an ApiError with the acknowledgement's
// error code (`network` when no answer comes in time); `on` listens to a server event and returns
// the unsubscribe. Only pages that go live load this module (and socket.io-client with it).
import { io, type Socket } from 'socket.io-client';
import { ERROR_STATUS, type Ack } from '@shared/errors';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';
import { ApiError } from '../api';

export type ClientEvent = keyof ClientToServerEvents;
export type ServerEvent = keyof ServerToClientEvents;
/** What a client event carries. */
export type EmitPayload<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];
/** What a client event's acknowledgement answers with when it succeeds. */
export type AckData<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[1] extends (
  answer: Ack<infer T>,
) => void
  ? T
  : never;
/** What a server event carries. */
export type EventPayload<E extends ServerEvent> = Parameters<ServerToClientEvents[E]>[0];

/** How long an acknowledgement may take before the UI says the connection failed. */
export const ACK_TIMEOUT_MS = 10_000;

// socket.io's own generic signatures cannot forward a generic event name (its conditional types
// do not resolve for a type parameter), so the connection is held with its default, untyped map
// and every use goes through `emit` and `on` below, which the shared maps type.
let connection: Socket | undefined;

/** The connection, opened on first use and shared by every room and feature of the page. */
export function appSocket(): Socket {
  if (!connection) {
    const created = io({ transports: ['websocket', 'polling'], withCredentials: true });
    // When the browser says the network is gone, the transport is closed at once (a recoverable
    // "transport close", so connection state recovery applies) instead of waiting for the
    // heartbeat to time out.
    window.addEventListener('offline', () => created.io.engine?.close());
    window.addEventListener('online', () => {
      if (!created.connected) created.connect();
    });
    connection = created;
  }
  return connection;
}

/** Sends a client event; resolves with its acknowledgement's data, throws ApiError otherwise. */
export function emit<E extends ClientEvent>(
  event: E,
  payload: EmitPayload<E>,
): Promise<AckData<E>> {
  return new Promise((resolve, reject) => {
    const answered = (timedOut: Error | null, answer: Ack<AckData<E>>) => {
      if (timedOut) reject(new ApiError(0, 'network'));
      else if (answer.ok) resolve(answer.data);
      else {
        const { code, details } = answer.error;
        reject(new ApiError(ERROR_STATUS[code], code, details));
      }
    };
    appSocket().timeout(ACK_TIMEOUT_MS).emit(event, payload, answered);
  });
}

/** Listens to a server event; returns the function that stops listening. */
export function on<E extends ServerEvent>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const socket = appSocket();
  // Widened to a plain name: socket.io's reserved-event check does not resolve for a type parameter.
  const name: string = event;
  socket.on(name, listener);
  return () => {
    socket.off(name, listener);
  };
}

/**
 * Follows the connection: `connected` each time it is (re-)established, with whether Socket.IO
 * recovered the session (rooms kept, missed events replayed), and `disconnected` when it drops.
 */
export function onConnection(listeners: {
  connected: (recovered: boolean) => void;
  disconnected: () => void;
}): () => void {
  const socket = appSocket();
  const connected = () => listeners.connected(socket.recovered);
  socket.on('connect', connected);
  socket.on('disconnect', listeners.disconnected);
  return () => {
    socket.off('connect', connected);
    socket.off('disconnect', listeners.disconnected);
  };
}

export const isConnected = (): boolean => appSocket().connected;
