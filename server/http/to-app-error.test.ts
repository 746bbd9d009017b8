// A schema failure becomes `validation_failed` whose details say, per field, what is wrong in a form
// a client can word in its own language: the zod issue code and its limits, beside the message.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CreateProposalSchema, PROPOSAL_LIMITS } from '@shared/schemas/proposals';
import { toAppError } from './to-app-error';
import { parseInput } from './parse';

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return toAppError(error).toBody();
  }
  throw new Error('expected a validation failure');
}

describe('validation details', () => {
  it('carry the issue code and its limits for each field, keeping path and message', () => {
    const body = failure(() => parseInput(CreateProposalSchema, { title: 'Kort', body: 'x' }));
    expect(body.code).toBe('validation_failed');
    expect(body.details).toEqual([
      {
        path: 'title',
        message: `must be at least ${PROPOSAL_LIMITS.titleMin} characters`,
        code: 'too_small',
        origin: 'string',
        minimum: PROPOSAL_LIMITS.titleMin,
      },
      {
        path: 'body',
        message: `must be at least ${PROPOSAL_LIMITS.bodyMin} characters`,
        code: 'too_small',
        origin: 'string',
        minimum: PROPOSAL_LIMITS.bodyMin,
      },
    ]);
  });

  it('name the format, the expected type and the maximum, without a pattern field', () => {
    const schema = z.object({
      email: z.email(),
      count: z.number().int(),
      name: z.string().max(3),
      code: z.string().regex(/^[A-Z]+$/),
    });
    const body = failure(() => schema.parse({ email: 'nej', count: 1.5, name: 'Anna', code: 'x' }));
    expect(body.details).toEqual([
      expect.objectContaining({ path: 'email', code: 'invalid_format', format: 'email' }),
      expect.objectContaining({ path: 'count', code: 'invalid_type', expected: 'int' }),
      expect.objectContaining({ path: 'name', code: 'too_big', origin: 'string', maximum: 3 }),
      expect.objectContaining({ path: 'code', code: 'invalid_format', format: 'regex' }),
    ]);
    // The message stays as zod words it; the structured part carries no pattern of its own.
    for (const detail of body.details as object[]) expect(detail).not.toHaveProperty('pattern');
  });

  it('are the same for a thrown ZodError as for parseInput', () => {
    const schema = z.object({ title: z.string().min(2) });
    const thrown = failure(() => schema.parse({ title: 'x' }));
    const parsed = failure(() => parseInput(schema, { title: 'x' }));
    expect(thrown.details).toEqual(parsed.details);
  });
});
