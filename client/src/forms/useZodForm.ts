// Forms validated with the shared zod schemas (react-hook-form): the same schema the server
// parses with, so limits live once in shared/. Each problem gets its wording from its zod issue
// code (an i18n key naming the field by the form's label, see problem.ts), which FieldError
// translates; after the first submit a field is checked again on every change, so its error goes
// away as soon as it is fixed. A server `validation_failed` answer lands on the same fields
// (applyServerErrors), worded the same way: neither zod's nor the server's text is shown.
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
import type { z } from 'zod';
import { validationDetail } from '@shared/validation';
import { ApiError } from '../api';
import { validationDetails, validationWording, type ValidationDetail } from '../errors/validation';
import { problemTypes, type Wording } from './problem';

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
   * would be vague (a case number's pattern, a file's size): an i18n key and its values.
   */
  messages?: Readonly<Record<string, Readonly<Record<string, Wording>>>>;
  /** False when the form moves focus to an error summary of its own instead of the first field. */
  shouldFocusError?: boolean;
}

/** The field a problem belongs to: its path, or the field holding it (an item of a list). */
const fieldIn = (labels: FormLabels, path: string) =>
  path in labels ? path : (path.split('.')[0] ?? '');

/** The wording of one problem of a form: the form's own for it, else the general one. */
export function wordProblem(
  { labels, messages }: Pick<ZodFormOptions<never>, 'labels' | 'messages'>,
  detail: ValidationDetail,
): Wording {
  const field = fieldIn(labels, detail.path);
  const own = detail.code ? messages?.[field]?.[detail.code] : undefined;
  if (own) return own;
  const label = labels[field];
  return label ? validationWording(detail, label) : { key: 'common:errors.validation_failed' };
}

export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options: ZodFormOptions<S>,
): ZodForm<S> {
  const { labels } = options;
  const fieldOf = (path: string) => fieldIn(labels, path);
  const word = (detail: ValidationDetail) => problemTypes(wordProblem(options, detail));
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, _context, opts) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (opts.shouldUseNativeValidation) validateFieldsNatively({}, opts);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const detail = validationDetail(issue);
      errors[fieldOf(detail.path) || 'root'] ??= { type: issue.code, types: word(detail) };
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
      form.setError(path, { type: detail.code ?? 'server', types: word(detail) });
    }
    return known.length > 0;
  };
  const formError = (error: unknown) => (onFields(error).length > 0 ? null : error);
  return { ...form, applyServerError, formError };
}
