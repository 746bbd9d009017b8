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
