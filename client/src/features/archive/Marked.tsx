// Text with highlighted ranges as <mark>: the text stays plain text (React escapes it), so a
// document's content can never inject markup.
import type { SearchResult } from '@shared/schemas/search';

type Range = SearchResult['highlights']['title'][number];

export function Marked({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
