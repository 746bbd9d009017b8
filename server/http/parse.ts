// Parses request input with a shared zod schema; a failure becomes a 400 validation_failed
// naming the field.
import type { z } from 'zod';
import { AppError } from '../errors';
import { zodDetails } from './to-app-error';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = first?.path.join('.') || 'input';
  throw new AppError(
    'validation_failed',
    `${field}: ${first?.message ?? 'invalid'}`,
    zodDetails(result.error),
  );
}
