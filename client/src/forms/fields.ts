// Zod pieces for what a form field gives that the API takes differently: Swedish wall time from a
// datetime-local input (sent as a UTC instant), and empty optional fields (sent as nothing).
import { z } from 'zod';
import { stockholmToIso } from '../dates';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A datetime-local value, read as Swedish time, as the ISO instant the API takes. */
export const swedishDateTime = z
  .string()
  .min(1)
  .regex(LOCAL_DATE_TIME)
  .transform((value) => stockholmToIso(value) ?? value);

/** An optional text field left empty is sent as absent, then checked by `schema`. */
export function optionalField<S extends z.ZodType<unknown, string | undefined>>(schema: S) {
  return z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(schema);
}

/**
 * Checkboxes that share a name, as the list of the checked values: react-hook-form gives a lone
 * checkbox's value (or false) rather than a list.
 */
export function checkedValues<S extends z.ZodType>(schema: S) {
  return z.preprocess((value: unknown): unknown[] => {
    if (Array.isArray(value)) return value.map((item: unknown) => item);
    return typeof value === 'string' ? [value] : [];
  }, schema);
}
