// A field's problem as the UI may show it: an i18n key and the values it is worded with, never a
// text from zod or the server. useZodForm puts it on react-hook-form's error for the field (in
// `types`, the free-form part of an error; `message` stays empty), and problemText words it with
// t() — FieldError and a form's error summary show nothing else.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MultipleFieldErrors } from 'react-hook-form';

/** What a problem says: a translation key (`namespace:key`) and its values. */
export interface Wording {
  key: string;
  values?: Readonly<Record<string, string | number | undefined>>;
}

/** A field's entry in react-hook-form's `formState.errors` (only its wording is read). */
export interface FieldProblem {
  types?: MultipleFieldErrors;
}

/** Where on the error the key sits; the values sit beside it under their own names. */
const KEY = 'i18nKey';

/** The wording as react-hook-form keeps it on an error (`setError(path, { type, types })`). */
export function problemTypes(wording: Wording): MultipleFieldErrors {
  const types: MultipleFieldErrors = { [KEY]: wording.key };
  for (const [name, value] of Object.entries(wording.values ?? {})) {
    if (value !== undefined && name !== KEY) types[name] = String(value);
  }
  return types;
}

/** The wording on a field's error, if useZodForm put one there. */
export function wordingOf(problem: FieldProblem | undefined): Wording | undefined {
  const types = problem?.types;
  const key = types?.[KEY];
  if (typeof key !== 'string' || key === '') return undefined;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(types ?? {})) {
    if (name !== KEY && typeof value === 'string') values[name] = value;
  }
  return { key, values };
}

/** The problem in the reader's language; undefined when the field has none. */
export function problemText(t: TFunction, problem: FieldProblem | undefined): string | undefined {
  const wording = wordingOf(problem);
  return wording ? t(wording.key, { ...wording.values }) : undefined;
}

/** problemText with the reader's language, for components. */
export function useProblemText(): (problem: FieldProblem | undefined) => string | undefined {
  const { t } = useTranslation('common');
  return useCallback((problem) => problemText(t, problem), [t]);
}
