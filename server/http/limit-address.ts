// A per-address rate limit as route middleware (`before: [limitAddress(app, 'search')]`), for the
// few requests that are expensive whoever sends them (login start, uploads, search). It runs
// before anything of the request is read; a refusal is 429 with Retry-After.
import type { RequestHandler } from 'express';
import type { AppContext } from '../context';
import type { Limits } from '../commands/limits';

export type AddressLimit = Parameters<Limits['takeAddress']>[0];

export function limitAddress(app: AppContext, name: AddressLimit): RequestHandler {
  return async (req, _res, next) => {
    // req.ip is resolved through the TRUST_PROXY rule (Express's `trust proxy`).
    await app.limits.takeAddress(name, req.ip);
    next();
  };
}
