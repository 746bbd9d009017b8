// The writing format of the comment form: plain text with a few conventions (blank line =
// paragraph, **bold**, *italic*, "- " lists, web addresses as links) turned into the small HTML
// subset the server accepts, and back again for editing. The server cleans whatever arrives.

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const URL_PATTERN = /\b((?:https?:\/\/|mailto:)[^\s<]+[^\s<.,;:!?)"'])/g;

function inline(line: string): string {
  return escapeHtml(line)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, '$1<em>$2</em>')
    .replace(URL_PATTERN, '<a href="$1">$1</a>');
}

const LIST_ITEM = /^\s*[-*•]\s+/;
const NUMBERED_ITEM = /^\s*\d+[.)]\s+/;

/** Text as written in the form → HTML of the allowed subset. */
export function textToHtml(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return blocks
    .map((lines) => {
      if (lines.every((l) => LIST_ITEM.test(l))) {
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(LIST_ITEM, ''))}</li>`).join('')}</ul>`;
      }
      if (lines.every((l) => NUMBERED_ITEM.test(l))) {
        return `<ol>${lines.map((l) => `<li>${inline(l.replace(NUMBERED_ITEM, ''))}</li>`).join('')}</ol>`;
      }
      return `<p>${lines.map(inline).join('<br>')}</p>`;
    })
    .join('');
}

function nodeText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  const inner = () => [...node.childNodes].map(nodeText).join('');
  switch (node.tagName.toLowerCase()) {
    case 'br':
      return '\n';
    case 'strong':
      return `**${inner()}**`;
    case 'em':
      return `*${inner()}*`;
    case 'a': {
      const href = node.getAttribute('href');
      const text = inner();
      return href && href !== text ? `${text} (${href})` : text;
    }
    default:
      return inner();
  }
}

/** Stored HTML → the form's text, for editing. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.childNodes]
    .map((block) => {
      if (block instanceof Element && block.tagName === 'UL') {
        return [...block.children].map((li) => `- ${nodeText(li)}`).join('\n');
      }
      if (block instanceof Element && block.tagName === 'OL') {
        return [...block.children].map((li, i) => `${i + 1}. ${nodeText(li)}`).join('\n');
      }
      return nodeText(block);
    })
    .join('\n\n');
}

/** Characters of text the reader will see (what the 5,000 limit counts). */
export function visibleLength(text: string): number {
  return text
    .replace(/\*\*|\*/g, '')
    .replace(/^\s*[-*•]\s+/gm, '')
    .trim().length;
}
