// Forms validated with the shared zod schemas (react-hook-form): the same schema the server
// parses with, so limits live once in shared/. Each problem is worded from its zod issue code in
// the reader's language and names the field by the form's label; after the first submit a field
// is checked again on every change, so its error goes away as soon as it is fixed. A server
// `validation_failed` answer lands on the same fields (applyServerErrors).
import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import {
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { validationDetail } from '@shared/validation';
import { ApiError } from '../api';
import { validationDetails, validationText, type ValidationDetail } from '../errors/validation';

/** The form's labels by field path ('' for problems of the whole form). */
export type FormLabels = Readonly<Record<string, string>>;

export type ZodForm<S extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<
  z.input<S>,
  unknown,
  z.output<S>
> & {
  /**
   * Puts a server's `validation_failed` details on the fields they name, worded like the form's
   * own check. False when the error is not one the fields can show: the caller shows it as a whole
   * (ErrorText).
   */
  applyServerError: (error: unknown) => boolean;
  /** The error to show for the whole form: null when it sits on the fields (applyServerError). */
  formError: (error: unknown) => unknown;
};

export interface ZodFormOptions<S extends z.ZodType<FieldValues, FieldValues>> {
  labels: FormLabels;
  defaultValues?: DefaultValues<z.input<S>>;
  /**
   * A form's own wording for some problems, by field path and issue code, where the general one
   * would be vague (a case number's pattern, a file's size).
   */
  messages?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** False when the form moves focus to an error summary of its own instead of the first field. */
  shouldFocusError?: boolean;
}

export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options: ZodFormOptions<S>,
): ZodForm<S> {
  const { t } = useTranslation('common');
  const { labels, messages } = options;
  /** The field a problem belongs to: its path, or the field holding it (an item of a list). */
  const fieldOf = (path: string) => (path in labels ? path : (path.split('.')[0] ?? ''));
  const word = (detail: ValidationDetail) => {
    const field = fieldOf(detail.path);
    const own = detail.code ? messages?.[field]?.[detail.code] : undefined;
    if (own) return own;
    const label = labels[field];
    return label ? validationText(t, detail, label) : t('errors.validation_failed');
  };
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, _context, opts) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (opts.shouldUseNativeValidation) validateFieldsNatively({}, opts);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const detail = validationDetail(issue);
      errors[fieldOf(detail.path) || 'root'] ??= { type: issue.code, message: word(detail) };
    }
    return { values: {}, errors: toNestErrors(errors, opts) };
  };
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: options.shouldFocusError ?? true,
  });
  const onFields = (error: unknown) =>
    error instanceof ApiError && error.code === 'validation_failed'
      ? validationDetails(error.details).filter((detail) => labels[fieldOf(detail.path)])
      : [];
  const applyServerError = (error: unknown): boolean => {
    const known = onFields(error);
    for (const detail of known) {
      // The server names fields by the same paths as the shared schema the form is built on.
      const path = fieldOf(detail.path) as Path<z.input<S>>;
      form.setError(path, { type: detail.code ?? 'server', message: word(detail) });
    }
    return known.length > 0;
  };
  const formError = (error: unknown) => (onFields(error).length > 0 ? null : error);
  return { ...form, applyServerError, formError };
}
