// Words one validation problem in the reader's language from its zod issue code and limits
// (ValidationDetail), naming the field by the form's own label. The same wording serves the
// form's own check (forms/useZodForm.ts) and the server's `validation_failed` details; zod's and
// the server's `message` is never used.
import type { TFunction } from 'i18next';
import type { ValidationDetail } from '@shared/errors';
import type { Wording } from '../forms/problem';

export type { ValidationDetail };

/** The translation key (under `validation.` in common) for a problem. */
function problemKey(detail: Omit<ValidationDetail, 'path' | 'message'>): string {
  const { code, origin, minimum, format, expected } = detail;
  switch (code) {
    case 'too_small':
      if (origin === 'string') return minimum === 1 ? 'required' : 'tooShort';
      if (origin === 'array' || origin === 'set') return 'tooFew';
      return 'tooSmall';
    case 'too_big':
      if (origin === 'string') return 'tooLong';
      if (origin === 'array' || origin === 'set') return 'tooMany';
      return 'tooBig';
    case 'invalid_format':
      if (format === 'email') return 'email';
      if (format === 'url') return 'url';
      if (format === 'date' || format === 'datetime') return 'date';
      return 'format';
    case 'invalid_type':
      if (expected === 'int') return 'integer';
      if (expected === 'number') return 'number';
      return 'required';
    case 'invalid_value':
      return 'choice';
    default:
      return 'invalid';
  }
}

/** The i18n key and values of the problem with one field (named by its label). */
export function validationWording(
  detail: Omit<ValidationDetail, 'path' | 'message'>,
  field: string,
): Wording {
  return {
    key: `common:validation.${problemKey(detail)}`,
    values: { field, minimum: detail.minimum, maximum: detail.maximum },
  };
}

/** The problem with one field, e.g. ”Rubrik” måste ha minst 10 tecken. */
export function validationText(
  t: TFunction,
  detail: Omit<ValidationDetail, 'path' | 'message'>,
  field: string,
): string {
  const { key, values } = validationWording(detail, field);
  return t(key, { ...values });
}

function isDetail(value: unknown): value is ValidationDetail {
  return (
    typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string'
  );
}

/** The per-field details of a `validation_failed` error (none when the server sent none). */
export function validationDetails(details: unknown): ValidationDetail[] {
  return Array.isArray(details) ? details.filter(isDetail) : [];
}
