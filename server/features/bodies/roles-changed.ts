// After a seat changed a person's roles: their sockets on this node are re-checked at once (their
// user reloaded, rooms they may no longer be in left), and the other nodes are told to do the
// same with theirs (server.ts listens for `user:changed`). The role poller is the safety net.
import type { AppContext } from '../../context';
import { recheckUserSockets } from '../../realtime/room-guards';

export async function rolesChanged(app: AppContext, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) {
    await recheckUserSockets(app.io, userId);
    // A single node's in-memory adapter has no other nodes (and would only warn).
    if (app.config.redisUrl) app.io.serverSideEmit('user:changed', userId);
  }
}
