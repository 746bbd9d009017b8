// The browser's Socket.IO connection for meeting pages (same origin, session cookie). io() shares
// one connection per origin with the other features.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';

let socket: Socket<ServerToClientEvents, ClientToServerEvents> | undefined;

export function recordsSocket(): Socket<ServerToClientEvents, ClientToServerEvents> {
  socket ??= io({ transports: ['websocket', 'polling'], withCredentials: true });
  return socket;
}
