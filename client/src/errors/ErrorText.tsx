// The one way to show a failed request: the translated text of its code (errorText.ts) in the
// error style, announced by default. `useErrorText` gives the same text as a string, for places
// that compose it into another sentence or a live region of their own.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, type ErrorTextOptions } from './errorText';

export function useErrorText(): (error: unknown, options?: ErrorTextOptions) => string {
  const { t } = useTranslation('common');
  return useCallback((error, options) => errorText(t, error, options), [t]);
}

interface Props extends ErrorTextOptions {
  /** The failure; nothing is shown while it is null or undefined. */
  error: unknown;
  /** `alert` (default) announces it at once; `none` when it sits inside a live region already. */
  role?: 'alert' | 'status' | 'none';
  id?: string;
  /** Puts the text into a sentence of the page, e.g. "Det gick inte: {{message}}". */
  template?: (text: string) => string;
}

export function ErrorText({ error, role = 'alert', id, template, ...options }: Props) {
  const text = useErrorText();
  if (error === null || error === undefined) return null;
  const message = text(error, options);
  return (
    <p id={id} role={role === 'none' ? undefined : role} className="error-text">
      {template ? template(message) : message}
    </p>
  );
}
