// Gives every HTTP request an id: the reverse proxy's `X-Request-Id` when the proxy is trusted
// (so its access log and ours line up), otherwise a new UUID. The id is answered in the
// `X-Request-Id` header and the rest of the request runs inside its request context, so every
// log line written on its behalf carries it.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { runWithRequestId } from '../request-context';

// A plain token only: the id is written into log lines and a response header.
const ACCEPTED = /^[A-Za-z0-9._:-]{8,128}$/;
const REQUEST_ID = Symbol('requestId');

type WithRequestId = { [REQUEST_ID]?: string };

export function requestId(options: { trustProxy: boolean }): RequestHandler {
  return (req, res, next) => {
    const offered = req.get('x-request-id');
    const id = options.trustProxy && offered && ACCEPTED.test(offered) ? offered : randomUUID();
    (req as WithRequestId)[REQUEST_ID] = id;
    res.setHeader('X-Request-Id', id);
    runWithRequestId(id, next);
  };
}

/** The id given to this request (for pino-http's `genReqId`). */
export function requestIdOf(req: object): string | undefined {
  return (req as WithRequestId)[REQUEST_ID];
}
