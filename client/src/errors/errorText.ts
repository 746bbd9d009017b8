// What to tell a person about a failed request: the translated text of the error's code (the
// API's codes, plus `network`), with the wait from Retry-After and, for validation, one sentence
// per field named by the form's labels. Never the server's English message.
import type { TFunction } from 'i18next';
import { ApiError, type ClientErrorCode } from '../api';
import { validationDetails, validationText } from './validation';

export interface ErrorTextOptions {
  /** The form's labels by field path, so a validation problem names the field as the form does. */
  labels?: Readonly<Record<string, string>>;
  /** A page's own wording for some codes (e.g. 403 on a staff page). */
  overrides?: Partial<Record<ClientErrorCode, string>>;
}

/** Anything thrown becomes an ApiError; what is not one is our own failure. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'internal');
}

export function errorText(t: TFunction, error: unknown, options: ErrorTextOptions = {}): string {
  const { code, details, retryAfter } = asApiError(error);
  const override = options.overrides?.[code];
  if (override) return override;
  if (code === 'validation_failed') {
    const labels = options.labels ?? {};
    const lines = validationDetails(details).flatMap((detail) => {
      // A problem with one item of a list belongs to the list's field.
      const label = labels[detail.path] ?? labels[detail.path.split('.')[0] ?? ''];
      return label ? [validationText(t, detail, label)] : [];
    });
    if (lines.length > 0) return [...new Set(lines)].join(' ');
  }
  if (code === 'rate_limited' && retryAfter !== undefined && retryAfter > 0) {
    return t('common:errors.rate_limited_wait', { count: retryAfter });
  }
  return t(`common:errors.${code}`);
}
