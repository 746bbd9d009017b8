// The one Express error handler: `{ error: { code, message, details? } }` with the right status,
// never a stack trace. Only unexpected errors are logged, without request data.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger';
import { notFound } from '../errors';
import { toAppError } from './to-app-error';

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const appError = toAppError(error);
    if (appError.code === 'internal') logger.error({ err: error }, 'unhandled error');
    const retryAfter = (appError.details as { retryAfterSeconds?: unknown } | undefined)
      ?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
    res.status(appError.status).json({ error: appError.toBody() });
  };
}

/** 404 for unknown API paths (the SPA fallback handles page paths). */
export const apiNotFound: RequestHandler = (_req, _res, next) => {
  next(notFound('No such endpoint'));
};
