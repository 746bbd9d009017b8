// The stable error codes of the public API (CONTRACT.md) and the HTTP status each maps to.
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** The shape of every Socket.IO acknowledgement. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };
export type AckCallback<T> = (response: Ack<T>) => void;

/** `details.reason` of a 403 for an act that needs a recent e-ID login (within five minutes):
 * erasing one's identity, granting or revoking roles. The client sends the person through login
 * again and back to the page. */
export const FRESH_LOGIN_REQUIRED = 'fresh_login_required';

export function needsFreshLogin(error: Pick<ApiErrorBody, 'code' | 'details'>): boolean {
  const details = error.details as { reason?: unknown } | undefined;
  return error.code === 'forbidden' && details?.reason === FRESH_LOGIN_REQUIRED;
}

/**
 * One entry of a `validation_failed` error's `details`: the field's path and, for a failed schema
 * check, the zod issue code with its limits, so a client can say what is wrong in its own language.
 */
export interface ValidationDetail {
  path: string;
  message: string;
  /** The zod issue code: `too_small`, `too_big`, `invalid_format`, `invalid_type`, `custom`, … */
  code?: string;
  /** What was measured: `string` (length), `number`, `array` (items), `date`, … */
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** For `invalid_format`: `email`, `url`, `regex`, `datetime`, `date`, … */
  format?: string;
  /** For `invalid_type`: the type that was expected. */
  expected?: string;
}
