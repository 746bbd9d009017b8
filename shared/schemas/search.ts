// The archive search: the query the API and the search page take, and the results it answers.
import { z } from 'zod';
import { IdSchema, userText } from './common';

export const SEARCH_TYPES = ['meeting', 'agendaItem', 'document', 'decision', 'proposal'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE = 500;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'must be a real date');

export const SearchQuerySchema = z
  .object({
    q: userText().trim().min(1, 'must not be empty').max(SEARCH_QUERY_MAX),
    type: z.enum(SEARCH_TYPES).optional(),
    bodyId: IdSchema.optional(),
    from: day.optional(),
    to: day.optional(),
    page: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'must not be before from',
  });
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** Start and end offsets (UTF-16 code units) of a matching word in the text beside it. */
export const HighlightSchema = z.tuple([z.number().int(), z.number().int()]);

export const SearchResultSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  id: z.string(),
  title: z.string(),
  /** Plain text; mark up the highlight ranges, never parse it as HTML. */
  snippet: z.string(),
  date: z.string(),
  path: z.string(),
  bodyId: z.string().optional(),
  highlights: z.object({ title: z.array(HighlightSchema), snippet: z.array(HighlightSchema) }),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchResponseSchema = z.object({
  data: z.array(SearchResultSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The query respelt with å ä ö where that finds far more ("forskola" → "förskola"). */
  suggestion: z.string().optional(),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
