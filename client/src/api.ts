// The client's one way to call the server: same-origin fetch with the session cookie; a failure
// becomes an ApiError that carries the error's code (the UI shows its translation, see
// errors/ErrorText.tsx, never the server's English message).
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from '@shared/errors';

/** The codes the UI can show: the API's own, and `network` when the server could not be reached. */
export type ClientErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** The HTTP status; 0 when no answer came (network, socket timeout). */
    readonly status: number,
    readonly code: ClientErrorCode,
    /** The error's details as the server sent them (validation: one entry per field). */
    readonly details?: unknown,
    /** Seconds to wait before trying again, when the server said (Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(code);
  }
}

export interface RequestInit {
  method?: string;
  /** A JSON body. */
  json?: unknown;
  /** Any other body (a FormData for uploads). */
  body?: BodyInit;
  /** Cancels the request (TanStack Query passes one to every query). */
  signal?: AbortSignal;
}

const CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

function codeOfStatus(status: number): ErrorCode {
  return CODES.find((code) => ERROR_STATUS[code] === status) ?? 'internal';
}

function isErrorBody(value: unknown): value is { error: ApiErrorBody } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error;
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** A same-origin request to any path of the server; throws ApiError unless the answer is 2xx. */
export async function request(url: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, 'network');
  }
  if (response.ok) return response;
  const payload: unknown = await response.json().catch(() => undefined);
  const known = isErrorBody(payload) && CODES.includes(payload.error.code);
  throw new ApiError(
    response.status,
    known ? payload.error.code : codeOfStatus(response.status),
    known ? payload.error.details : undefined,
    retryAfterSeconds(response.headers.get('retry-after')),
  );
}

/** Calls the JSON API under /api/v1 and returns its whole answer (`{ data, total? }`). */
export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await request(`/api/v1${path}`, init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** `{ data }` unwrapped. */
export async function apiData<T>(path: string, init?: RequestInit): Promise<T> {
  return (await api<{ data: T }>(path, init)).data;
}
