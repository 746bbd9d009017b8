// Keeps sockets' idea of their user fresh when roles change in another process (the CLI) or on
// another node: every node polls for users whose roles changed and re-checks their local sockets
// (their user and their rooms). Changes made through this node's API re-check at once. Polling
// rather than re-reading the user before a socket's events: at a thousand votes a second those
// re-reads were a database read per socket every few seconds, the poll is one read per interval.
import type { AppContext } from '../context';
import { recheckUserSockets } from '../realtime/room-guards';
import { userRoom } from '../realtime/io';
import { trusted } from 'mongoose';
import { User } from './user-model';

export const ROLE_POLL_MS = 5_000;

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
