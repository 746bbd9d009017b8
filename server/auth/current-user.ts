// Who is asking: the session's user loaded once per request (and per socket handshake), plus the
// guards that routes use.
import type { RequestHandler } from 'express';
import type { RoleGrant } from '@shared/roles';
import { unauthenticated } from '../errors';
import { User } from './user-model';
import { presentName } from './authors';

/** What the server knows about the caller while handling a request or socket event. */
export interface CurrentUser {
  id: string;
  displayName: string;
  roles: RoleGrant[];
}

declare global {
  // passport declares req.user as Express.User; ours is that type.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends CurrentUser {}
    interface Request {
      user?: User;
    }
  }
}

export async function findCurrentUser(
  userId: string | undefined,
): Promise<CurrentUser | undefined> {
  if (!userId) return undefined;
  if (!/^[0-9a-f]{24}$/i.test(userId)) return undefined;
  const user = await User.findById(userId, {
    displayName: 1,
    givenName: 1,
    surname: 1,
    nameDisplay: 1,
    roles: 1,
    erasedAt: 1,
  }).lean();
  if (!user || user.erasedAt) return undefined;
  return {
    id: String(user._id),
    // The form the person chose to be shown by (full name, or given name and initial).
    displayName: presentName(user).displayName,
    roles: user.roles.map((grant) =>
      grant.bodyId ? { role: grant.role, bodyId: grant.bodyId } : { role: grant.role },
    ),
  };
}

export const loadCurrentUser: RequestHandler = async (req, _res, next) => {
  const user = await findCurrentUser(req.session?.userId);
  if (user) req.user = user;
  else if (req.session?.userId) delete req.session.userId;
  next();
};

export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.user) throw unauthenticated();
  next();
};

/** The caller, for handlers behind requireUser. */
export function currentUser(req: { user?: CurrentUser }): CurrentUser {
  if (!req.user) throw unauthenticated();
  return req.user;
}
