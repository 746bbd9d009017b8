// A field's problem reaches the page only as its wording from i18n: the form's check and the
// server's `validation_failed` details are worded from the issue code and the form's label (or the
// form's own key), and a message alone — zod's or the server's — is never shown.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { z } from 'zod';
import { resources } from '@shared/i18n';
import type { ValidationDetail } from '@shared/errors';
import { validationDetail } from '@shared/validation';
import { problemText, problemTypes, wordingOf, type FieldProblem } from './problem';
import { wordProblem } from './useZodForm';

let sv: TFunction;
let en: TFunction;

beforeAll(async () => {
  const setup = (lng: 'sv' | 'en') => {
    const instance = i18next.createInstance();
    return instance
      .init({ lng, resources, defaultNS: 'common', interpolation: { escapeValue: false } })
      .then(() => instance.t);
  };
  [sv, en] = await Promise.all([setup('sv'), setup('en')]);
});

const labels = { title: 'Rubrik', caseNumber: 'Diarienummer' };

/** The field's error as useZodForm leaves it in react-hook-form's `formState.errors`. */
const onField = (
  detail: ValidationDetail,
  options = { labels },
): FieldProblem & { type: string } => ({
  type: detail.code ?? 'server',
  types: problemTypes(wordProblem(options, detail)),
});

describe('a field problem', () => {
  it("is worded from the issue code and the form's label, not from zod's message", () => {
    const Schema = z.object({ title: z.string().min(10, 'Title too short, buddy') });
    const issue = Schema.safeParse({ title: 'Kort' }).error!.issues[0]!;
    const error = onField(validationDetail(issue));
    expect(problemText(sv, error)).toBe('”Rubrik” måste ha minst 10 tecken.');
    expect(problemText(en, error)).not.toContain('buddy');
    expect(problemText(en, error)).toContain('Rubrik');
    expect(wordingOf(error)).toEqual({
      key: 'common:validation.tooShort',
      values: { field: 'Rubrik', minimum: '10' },
    });
  });

  it("words the server's validation_failed detail the same way, never its text", () => {
    const fromServer: ValidationDetail = {
      path: 'title',
      message: 'Too big: expected string to have <=200 characters',
      code: 'too_big',
      origin: 'string',
      maximum: 200,
    };
    expect(problemText(sv, onField(fromServer))).toBe('”Rubrik” får ha högst 200 tecken.');
  });

  it("takes the form's own key where it has one, and the general words for an unlabelled field", () => {
    const detail: ValidationDetail = {
      path: 'caseNumber',
      message: 'Invalid string: must match pattern',
      code: 'invalid_format',
      format: 'regex',
    };
    const own = {
      labels,
      messages: { caseNumber: { invalid_format: { key: 'records:upload.caseNumberFormat' } } },
    };
    expect(problemText(sv, onField(detail, own))).toBe(sv('records:upload.caseNumberFormat'));
    expect(problemText(sv, onField({ ...detail, path: 'secret' }))).toBe(
      sv('common:errors.validation_failed'),
    );
  });

  it('shows nothing for an error that carries a message only', () => {
    const stray = { type: 'server', message: 'E11000 duplicate key' } as FieldProblem;
    expect(problemText(sv, stray)).toBeUndefined();
    expect(problemText(sv, undefined)).toBeUndefined();
  });
});
