// Who may stay in which Socket.IO room. Features register a guard per room prefix for rooms that
// are not public (e.g. a live session's moderator room); when a person's roles change, their
// sockets are re-checked and leave the rooms they may no longer be in.
import type { CurrentUser } from '../auth/current-user';
import { findCurrentUser } from '../auth/current-user';
import { userRoom, type AppServer } from './io';
import type { NodeLink } from './nodes';

type RoomGuard = (user: CurrentUser | undefined, room: string) => boolean | Promise<boolean>;
const guards = new Map<string, RoomGuard>();

/** `prefix` like 'live-mod:' — rooms starting with it are checked with `guard`. */
export function registerRoomGuard(prefix: string, guard: RoomGuard): void {
  guards.set(prefix, guard);
}

export async function mayBeInRoom(user: CurrentUser | undefined, room: string): Promise<boolean> {
  for (const [prefix, guard] of guards) {
    if (room.startsWith(prefix)) return guard(user, room);
  }
  return true;
}

/** Reloads the user on each of their sockets (on this node) and drops rooms they lost access to. */
export async function recheckUserSockets(io: AppServer, userId: string): Promise<void> {
  const user = await findCurrentUser(userId);
  const sockets = await io.in(userRoom(userId)).fetchSockets();
  for (const remote of sockets) {
    const socket = io.sockets.sockets.get(remote.id);
    if (!socket) continue;
    socket.data.user = user;
    for (const room of socket.rooms) {
      if (room === socket.id || room === userRoom(userId)) continue;
      if (!(await mayBeInRoom(user, room))) await socket.leave(room);
    }
  }
}

/**
 * After a person's roles changed: their sockets on this node are re-checked at once, and the other
 * nodes are told to do the same with theirs. The role poller (auth/socket-freshness.ts) is the
 * safety net for changes made outside the app (the CLI).
 */
export async function rolesChanged(
  app: { io: AppServer; nodes: NodeLink },
  userIds: readonly string[],
): Promise<void> {
  for (const userId of userIds) {
    await recheckUserSockets(app.io, userId);
    app.nodes.tell('user:changed', userId);
  }
}
