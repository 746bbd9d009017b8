// Plain-text paragraphs of proposals (dates: ../../dates.ts).

/** Plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
export function paragraphs(text: string): string[][] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.split('\n'))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
}
