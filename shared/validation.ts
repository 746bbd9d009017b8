// A zod issue as a ValidationDetail: its field path, code and limits, without wording, so that the
// server's `validation_failed` details and the client's own form check speak the same language
// and the client can say it in Swedish or English (zod's `pattern` is left out).
import type { ZodError } from 'zod';
import type { ValidationDetail } from './errors';

export type ZodIssue = ZodError['issues'][number];

function issueParams(issue: ZodIssue): Omit<ValidationDetail, 'path' | 'message' | 'code'> {
  switch (issue.code) {
    case 'too_small':
      return { origin: issue.origin, minimum: Number(issue.minimum) };
    case 'too_big':
      return { origin: issue.origin, maximum: Number(issue.maximum) };
    case 'invalid_format':
      return { format: issue.format };
    case 'invalid_type':
      return { expected: issue.expected };
    default:
      return {};
  }
}

export function validationDetail(issue: ZodIssue): ValidationDetail {
  return {
    path: issue.path.join('.'),
    message: issue.message,
    code: issue.code,
    ...issueParams(issue),
  };
}
