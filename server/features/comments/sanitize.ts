// Cleans a comment body to the small rich-text subset (paragraphs, line breaks, bold, italic,
// lists, links) with sanitize-html and an allow-list; everything else is removed, never escaped
// into something a browser would run. Done at the parse edge: a body with nothing readable left,
// or too much text, is a 400 before anything else happens.
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';
import { COMMENT_LIMITS, EditCommentSchema } from '@shared/schemas/comments';

const LINK_REL = 'nofollow ugc noopener';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Their content is code or a document of its own, not text the person wrote.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'title',
    'iframe',
    'object',
    'embed',
    'template',
    'xmp',
    'noembed',
    'noframes',
    'plaintext',
  ],
  transformTags: {
    b: 'strong',
    i: 'em',
    div: 'p',
    a: (_tagName, attribs) => {
      const href = attribs.href?.trim();
      const cleaned: sanitizeHtml.Attributes = { rel: LINK_REL };
      if (href) cleaned.href = href;
      return { tagName: 'a', attribs: cleaned };
    },
  },
};

const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/** The text a reader sees, for measuring length (markup does not count). */
export function textOf(html: string): string {
  return sanitizeHtml(html, TEXT_ONLY).replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m]!);
}

/** The cleaned HTML, or why it cannot be a comment. */
export function cleanCommentBody(input: string): { html: string } | { problem: string } {
  const html = sanitizeHtml(input, OPTIONS).trim();
  const text = textOf(html).trim();
  if (text.length === 0) return { problem: 'must not be empty' };
  if (text.length > COMMENT_LIMITS.maxTextLength) {
    return { problem: `at most ${COMMENT_LIMITS.maxTextLength} characters of text` };
  }
  return { html };
}

/** A comment body as commands take it: the cleaned HTML, or a validation issue on `body`. */
export const CleanBodySchema = EditCommentSchema.shape.body.transform((raw, ctx) => {
  const cleaned = cleanCommentBody(raw);
  if ('html' in cleaned) return cleaned.html;
  ctx.addIssue({ code: 'custom', message: cleaned.problem });
  return z.NEVER;
});
