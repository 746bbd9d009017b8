// The data export made readable: each value as plain text (HTML removed, dates in Swedish time,
// yes/no), each key by its label in the reader's language.
import { formatDateTime } from '../../dates';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Plain text of a stored value (comment bodies are sanitised HTML). */
export function plainValue(value: unknown, language: string, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (ISO.test(value)) return formatDateTime(value, language);
    if (/<[a-z][^>]*>/i.test(value)) {
      const doc = new DOMParser().parseFromString(value, 'text/html');
      return (doc.body.textContent ?? '').trim();
    }
    return value;
  }
  return JSON.stringify(value);
}
