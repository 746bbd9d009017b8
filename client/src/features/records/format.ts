// Dates as people in Sweden read them: Swedish time, in the chosen language.
import type { TFunction } from 'i18next';

const TIME_ZONE = 'Europe/Stockholm';
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) or an instant, as a long date. */
export function formatDate(value: string, language: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatSize(bytes: number, t: TFunction): string {
  if (bytes < 1024 * 1024) return t('size.kb', { value: Math.max(1, Math.round(bytes / 1024)) });
  return t('size.mb', { value: (bytes / (1024 * 1024)).toFixed(1) });
}

/** The value of a datetime-local input as an ISO instant (the browser's time zone). */
export function localInputToIso(value: string): string {
  return new Date(value).toISOString();
}

/** A text field of a submitted form, trimmed ('' when absent or a file). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
