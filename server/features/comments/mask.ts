// Masking a part of a comment's stored HTML: every occurrence of a span of text (as the reader
// sees it) is replaced by `[maskerat: <rule>]`, in the text between tags only; an attribute that
// carries the span (a mailto: link to a masked address) is dropped from its tag.
import { resources } from '@shared/i18n';
import type { ModerationRule } from '@shared/schemas/comments';

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways sanitize-html may have written the span's characters in the stored HTML. */
function encodings(text: string): string[] {
  const base = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    ...new Set([
      base,
      base.replace(/"/g, '&quot;'),
      base.replace(/'/g, '&#39;'),
      base.replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    ]),
  ];
}

/** The public marker, in Swedish (the stored text is the municipality's language). */
export function maskMarker(rule: ModerationRule): string {
  return `[maskerat: ${resources.sv.comments.moderation.rules[rule].toLowerCase()}]`;
}

export function maskHtml(html: string, text: string, rule: ModerationRule) {
  const pattern = new RegExp(encodings(text).map(escapeRegex).join('|'), 'gi');
  const marker = maskMarker(rule);
  let count = 0;
  const masked = html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        // A tag: drop attributes that carry the span.
        return part.replace(/\s[\w-]+="[^"]*"/g, (attribute) =>
          new RegExp(pattern.source, 'i').test(attribute) ? '' : attribute,
        );
      }
      return part.replace(pattern, () => {
        count += 1;
        return marker;
      });
    })
    .join('');
  return { html: masked, count };
}
