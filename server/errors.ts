// Error factories with the stable codes of CONTRACT.md. Services throw these; the HTTP error
// middleware and the socket acknowledgement both turn them into `{ code, message, details? }`.
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from '@shared/errors';

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const validationFailed = (message = 'Invalid input', details?: unknown) =>
  new AppError('validation_failed', message, details);
export const unauthenticated = (message = 'You need to log in') =>
  new AppError('unauthenticated', message);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const notFound = (message = 'Not found') => new AppError('not_found', message);
export const conflict = (message = 'Conflict', details?: unknown) =>
  new AppError('conflict', message, details);
export const tooLarge = (message = 'Too large') => new AppError('too_large', message);
/** 429; `retryAfterSeconds` becomes the Retry-After header and `details.retryAfterSeconds`. */
export const rateLimited = (
  message = 'Too many requests, try again later',
  retryAfterSeconds?: number,
) =>
  new AppError(
    'rate_limited',
    message,
    retryAfterSeconds === undefined ? undefined : { retryAfterSeconds },
  );
