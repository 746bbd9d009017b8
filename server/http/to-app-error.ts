// Turns anything thrown (zod, mongoose, the MongoDB driver, body parsers, our own errors) into an
// AppError with a stable code. Unknown errors become `internal` and are logged by the caller.
import mongoose from 'mongoose';
import { ZodError } from 'zod';
import type { ValidationDetail } from '@shared/errors';
import { validationDetail } from '@shared/validation';
import { AppError } from '../errors';

interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: number | string;
}

/** One detail per issue: the field's path, the zod issue code and its limits, and the message. */
export function zodDetails(error: ZodError): ValidationDetail[] {
  return error.issues.map(validationDetail);
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const message = first
      ? `${first.path.join('.') || 'input'}: ${first.message}`
      : 'Invalid input';
    return new AppError('validation_failed', message, zodDetails(error));
  }
  if (error instanceof mongoose.Error.CastError) {
    return new AppError('validation_failed', `${error.path}: invalid value`);
  }
  if (error instanceof mongoose.Error.ValidationError) {
    const details = Object.values(error.errors).map((e) => ({ path: e.path, message: e.message }));
    return new AppError('validation_failed', details[0]?.message ?? 'Invalid input', details);
  }
  if (error instanceof mongoose.Error.StrictModeError) {
    return new AppError('validation_failed', error.message);
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpishError;
  if (e.code === 11000) return new AppError('conflict', 'This already exists');
  if (e.type === 'entity.too.large' || e.status === 413) {
    return new AppError('too_large', 'The request body is too large');
  }
  if (e.type === 'entity.parse.failed' || e.type === 'encoding.unsupported') {
    return new AppError('validation_failed', 'The request body is not valid JSON');
  }
  const status = e.status ?? e.statusCode;
  if (status && status >= 400 && status < 500) {
    return new AppError('validation_failed', 'Bad request');
  }
  return new AppError('internal', 'Something went wrong on our side');
}
