// GET /api/v1/search: the public archive search over meetings, agenda items, documents,
// decisions and proposals. Thin: parse, search the token index, present.
import { Router } from 'express';
import {
  SEARCH_PAGE_SIZE,
  SearchQuerySchema,
  SearchResponseSchema,
  type SearchResponse,
} from '@shared/schemas/search';
import { ErrorBodySchema } from '@shared/schemas/common';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { search, type SearchHit } from '../../search';

describeApi({
  method: 'get',
  path: '/api/v1/search',
  summary:
    'Search the public archive in Swedish (stemmed; the last word also matches as a prefix), ranked by relevance then date',
  tags: ['archive'],
  query: SearchQuerySchema,
  responses: {
    200: { description: 'One page of results and the total', schema: SearchResponseSchema },
    400: {
      description: 'A parameter is malformed (named in the message)',
      schema: ErrorBodySchema,
    },
  },
});

function presentHit(hit: SearchHit): SearchResponse['data'][number] {
  return {
    type: hit.type,
    id: hit.id,
    title: hit.title,
    snippet: hit.snippet,
    date: hit.date.toISOString(),
    path: hit.path,
    ...(hit.bodyId ? { bodyId: hit.bodyId } : {}),
    highlights: hit.highlights,
  };
}

export function archiveRouter(): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const query = parseInput(SearchQuerySchema, req.query);
    const answer = await search({
      q: query.q,
      type: query.type,
      bodyId: query.bodyId,
      from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
      to: query.to ? new Date(`${query.to}T00:00:00Z`) : undefined,
      page: query.page,
      pageSize: SEARCH_PAGE_SIZE,
    });
    const body: SearchResponse = {
      data: answer.results.map(presentHit),
      total: answer.total,
      page: query.page,
      pageSize: SEARCH_PAGE_SIZE,
      ...(answer.suggestion ? { suggestion: answer.suggestion } : {}),
    };
    res.json(body);
  });
  return router;
}
