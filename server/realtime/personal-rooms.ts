// The rooms every signed-in socket is in: its person's room (role changes, notifications, erasure)
// and its session's room (logout ends exactly the sockets opened under that session).
import { createHash } from 'node:crypto';

export const userRoom = (userId: string) => `user:${userId}`;

/** Named by a hash of the session id: session ids are secrets. */
export const sessionRoom = (sessionId: string) =>
  `session:${createHash('sha256').update(sessionId).digest('base64url').slice(0, 22)}`;
