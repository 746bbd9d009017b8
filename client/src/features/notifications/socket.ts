// The browser's Socket.IO connection for proposals and notifications (same origin, session
// cookie), typed with the shared event maps. One per page, created on first use.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';

let socket: Socket<ServerToClientEvents, ClientToServerEvents> | undefined;

export function proposalsSocket(): Socket<ServerToClientEvents, ClientToServerEvents> {
  socket ??= io({ transports: ['websocket', 'polling'], withCredentials: true });
  return socket;
}
