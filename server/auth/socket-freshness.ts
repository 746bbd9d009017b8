// Keeps a socket's idea of its user fresh: roles can change in another process (the CLI) or on
// another node. Before an event the user is re-read when the last read is older than a few
// seconds, and every node polls for users whose roles changed and re-checks their sockets' rooms.
import type { AppContext } from '../context';
import type { AppSocket } from '../realtime/io';
import { mayBeInRoom, recheckUserSockets } from '../realtime/room-guards';
import { userRoom } from '../realtime/io';
import { trusted } from 'mongoose';
import { findCurrentUser } from './current-user';
import { User } from './user-model';

export const REREAD_AFTER_MS = 5_000;
export const ROLE_POLL_MS = 10_000;

const sameRoles = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function keepSocketUserFresh(socket: AppSocket): void {
  let readAt = Date.now();
  socket.use(([event], next) => {
    const user = socket.data.user;
    if (!user || Date.now() - readAt < REREAD_AFTER_MS || typeof event !== 'string') return next();
    readAt = Date.now();
    findCurrentUser(user.id)
      .then(async (fresh) => {
        socket.data.user = fresh;
        if (!fresh || !sameRoles(fresh.roles, user.roles)) {
          for (const room of socket.rooms) {
            if (room === socket.id || room === userRoom(user.id)) continue;
            if (!(await mayBeInRoom(fresh, room))) await socket.leave(room);
          }
        }
        next();
      })
      .catch((error: unknown) => next(error as Error));
  });
}

/** Polls for role changes made anywhere (CLI, other nodes) and re-checks local sockets. */
export function startRolePoller(ctx: AppContext, intervalMs = ROLE_POLL_MS): () => void {
  let since = new Date();
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const until = new Date();
    // A little overlap: clocks of nodes differ, and re-checking twice is harmless.
    void User.find(
      { rolesChangedAt: trusted({ $gt: new Date(since.getTime() - 2_000) }) },
      { _id: 1 },
    )
      .lean()
      .then(async (users) => {
        for (const user of users) {
          const id = String(user._id);
          if ((await ctx.io.in(userRoom(id)).fetchSockets()).length > 0) {
            await recheckUserSockets(ctx.io, id);
          }
        }
        since = until;
      })
      .catch((error: unknown) => ctx.logger.warn({ err: error }, 'role poll failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
