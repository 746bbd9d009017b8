// The archive's search index, as the rest of the app sees it. Features call indexRecord after
// every write of a searchable record and removeRecord when it goes away or becomes non-public.
// (Implementation: server/search/*, a Swedish token index; see docs/search.md.)
export type SearchableType = 'meeting' | 'agendaItem' | 'document' | 'decision' | 'proposal';

export interface SearchableRecord {
  type: SearchableType;
  id: string;
  title: string;
  /** The full text to index (description, extracted document text ...). */
  text: string;
  /** The date the record is about (meeting date, document date). */
  date: Date;
  bodyId?: string;
  /** The page path the result links to. */
  path: string;
}

export { indexRecord, removeRecord, indexNewRecords } from './indexer';
export { search, type SearchOptions, type SearchAnswer, type SearchHit } from './query';
