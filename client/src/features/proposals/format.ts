// Date formatting and plain-text paragraphs for proposals, in the reader's language.
const locale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'sv-SE');

export function formatDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(locale(language), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(locale(language), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
export function paragraphs(text: string): string[][] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.split('\n'))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
}
