// Searching the public archive: meetings, agenda items, documents, decisions and proposals, in
// Swedish (see docs/search.md). Anyone may; the route limits searches per client address.
import { SEARCH_PAGE_SIZE, SearchQuerySchema, type SearchResponse } from '@shared/schemas/search';
import { defineCommand } from '../../../commands/define';
import { search, type SearchHit } from '../../../search';

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

export const searchArchive = defineCommand({
  name: 'archive.search',
  input: SearchQuerySchema,
  policy: 'public',
  async work({ input }): Promise<SearchResponse> {
    const answer = await search({
      q: input.q,
      type: input.type,
      bodyId: input.bodyId,
      from: input.from ? new Date(`${input.from}T00:00:00Z`) : undefined,
      to: input.to ? new Date(`${input.to}T00:00:00Z`) : undefined,
      page: input.page,
      pageSize: SEARCH_PAGE_SIZE,
    });
    return {
      data: answer.results.map(presentHit),
      total: answer.total,
      page: input.page,
      pageSize: SEARCH_PAGE_SIZE,
      ...(answer.suggestion ? { suggestion: answer.suggestion } : {}),
    };
  },
});
