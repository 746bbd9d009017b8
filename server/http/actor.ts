// Who is calling over HTTP, for the command runner: the session's user, the client address
// (Express resolves it through TRUST_PROXY) and when they logged in.
import type { Request } from 'express';
import type { Actor } from '../commands/define';

export function actorOf(req: Request): Actor {
  return {
    ...(req.user ? { user: req.user } : {}),
    ...(req.ip ? { ip: req.ip } : {}),
    via: 'http',
    ...(req.session?.loginAt ? { loginAt: req.session.loginAt } : {}),
  };
}
