// The one helper for user text (userText in common.ts): lone surrogates become U+FFFD and text is
// NFC before length limits and patterns apply; and every request schema in shared/schemas takes
// its free text through it (a raw `z.string().trim()/min()/max()` there fails this test).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userText } from './common';
import { AskPayloadSchema, ModeratePayloadSchema } from './live';
import { CreateCommentSchema, HideCommentSchema } from './comments';
import { CreateProposalSchema } from './proposals';
import { BodyCreateSchema } from './bodies';
import { DocumentCreateSchema } from './documents';
import { AgendaItemCreateSchema } from './meetings';
import { SearchQuerySchema } from './search';

const ID = '0123456789abcdef01234567';

describe('userText', () => {
  it.each([
    ['x\ud800', 'x\ufffd'],
    ['\udc00y', '\ufffdy'],
    ['\ud83d\ude00', '\ud83d\ude00'], // a whole pair stays (😀)
    ['a\u030a', '\u00e5'], // NFD å → NFC
    ['Å', 'Å'],
  ])('%j → %j', (input, output) => {
    expect(userText().parse(input)).toBe(output);
  });

  it('limits apply to the normalised text', () => {
    // "å" in NFD is two code units; after NFC one, so it fits a max of 1.
    expect(userText().max(1).safeParse('a\u030a').success).toBe(true);
    expect(userText().trim().min(1).safeParse('  ').success).toBe(false);
  });
});

describe('every request schema makes user text well-formed', () => {
  const lone = 'Fr\u00e5ga \ud800 om ha\u0308r';
  const clean = 'Fr\u00e5ga \ufffd om h\u00e4r';
  it.each([
    ['live:ask', AskPayloadSchema, { sessionId: ID, text: lone }, 'text'],
    [
      'live:moderate edit',
      ModeratePayloadSchema,
      { questionId: ID, decision: 'edit', text: lone },
      'text',
    ],
    ['comment', CreateCommentSchema, { body: lone }, 'body'],
    ['hide reason', HideCommentSchema, { rule: 'spam', reason: lone }, 'reason'],
    ['body name', BodyCreateSchema, { name: lone }, 'name'],
    ['agenda item', AgendaItemCreateSchema, { title: lone }, 'title'],
    ['search', SearchQuerySchema, { q: lone }, 'q'],
    [
      'document',
      DocumentCreateSchema,
      { title: lone, kind: 'bilaga', bodyId: ID, date: '2026-01-01', secrecy: 'public' },
      'title',
    ],
    [
      'proposal',
      CreateProposalSchema,
      { title: `${lone} i parken`, body: `${lone}. `.repeat(5) },
      'title',
    ],
  ] as const)('%s', (_what, schema, input, field) => {
    const parsed = (schema as { parse(v: unknown): Record<string, string> }).parse(input);
    expect(parsed[field]).toContain(clean);
  });

  it('no request schema takes raw z.string() text', () => {
    const dir = import.meta.dirname;
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )) {
      // Joined onto one line, so prettier's line breaks hide nothing; inside .pipe() a string is
      // already normalised.
      const source = readFileSync(path.join(dir, file), 'utf8').replace(/\s+/g, '');
      for (const match of source.matchAll(/(\.pipe\()?z\.string\(\)\.(trim|min|max)\(/g)) {
        if (!match[1]) offenders.push(`${file}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
