// The browser's Socket.IO connection (same origin, session cookie), typed with the shared event
// maps. io() shares one connection per origin with other features that call it.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';

let socket: Socket<ServerToClientEvents, ClientToServerEvents> | undefined;

export function appSocket(): Socket<ServerToClientEvents, ClientToServerEvents> {
  socket ??= io({ transports: ['websocket', 'polling'], withCredentials: true });
  return socket;
}
