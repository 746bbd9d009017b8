// The client's one way to call the JSON API: same-origin, credentials included, errors as ApiError.
import type { ApiErrorBody } from '@shared/errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

export async function api<T>(
  path: string,
  init: { method?: string; json?: unknown; body?: BodyInit } = {},
): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: init.json !== undefined ? { 'content-type': 'application/json' } : undefined,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as {
    data?: T;
    total?: number;
    error?: ApiErrorBody;
  };
  if (!response.ok) {
    throw new ApiError(
      response.status,
      payload.error ?? { code: 'internal', message: response.statusText },
    );
  }
  return payload as T;
}

/** `{ data }` unwrapped. */
export async function apiData<T>(path: string, init?: Parameters<typeof api>[1]): Promise<T> {
  return (await api<{ data: T }>(path, init)).data;
}
