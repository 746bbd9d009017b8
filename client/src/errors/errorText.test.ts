// A failure is told from its code in the reader's language: the API's codes and `network`, the
// wait from Retry-After, validation per field named by the form's labels; never the server's
// English message.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { resources } from '@shared/i18n';
import { ApiError } from '../api';
import { errorText } from './errorText';

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

describe('errorText', () => {
  it('translates each code, and a failed fetch as network', () => {
    expect(errorText(sv, new ApiError(403, 'forbidden'))).toBe(
      'Du har inte behörighet att göra det här.',
    );
    expect(errorText(en, new ApiError(404, 'not_found'))).toBe(
      'What you are looking for does not exist.',
    );
    expect(errorText(sv, new ApiError(0, 'network'))).toBe(
      'Ingen kontakt med servern. Kontrollera din anslutning och försök igen.',
    );
    // Anything that is not an ApiError is our own failure, never its message.
    expect(errorText(sv, new Error('TypeError: x is undefined'))).toBe(
      'Något gick fel hos oss. Försök igen.',
    );
  });

  it('says how long to wait when the server said', () => {
    expect(errorText(sv, new ApiError(429, 'rate_limited'))).toBe(
      'För många försök. Försök igen om en stund.',
    );
    expect(errorText(sv, new ApiError(429, 'rate_limited', undefined, 30))).toBe(
      'För många försök. Försök igen om 30 sekunder.',
    );
    expect(errorText(en, new ApiError(429, 'rate_limited', undefined, 1))).toBe(
      'Too many attempts. Try again in 1 second.',
    );
  });

  it('words validation per field from the issue code, named by the form labels', () => {
    const error = new ApiError(400, 'validation_failed', [
      {
        path: 'title',
        message: 'must be at least 10 characters',
        code: 'too_small',
        origin: 'string',
        minimum: 10,
      },
      { path: 'meetingId', message: 'must be an id', code: 'invalid_format', format: 'regex' },
      { path: 'officialIds.0', message: 'must be an id', code: 'invalid_format', format: 'regex' },
    ]);
    const labels = { title: 'Rubrik', officialIds: 'Svarande politiker' };
    expect(errorText(sv, error, { labels })).toBe(
      '”Rubrik” måste ha minst 10 tecken. ”Svarande politiker” har fel form.',
    );
    // Without a label for any field: the general sentence, not the server's words.
    expect(errorText(sv, error)).toBe(
      'Uppgifterna är inte giltiga. Kontrollera fälten och försök igen.',
    );
  });

  it('lets a page use its own words for a code', () => {
    const text = errorText(sv, new ApiError(409, 'conflict'), {
      overrides: { conflict: 'Ett liknande förslag finns redan.' },
    });
    expect(text).toBe('Ett liknande förslag finns redan.');
  });
});
