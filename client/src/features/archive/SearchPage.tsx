// /sok?q=: the archive search. The query and filters live in the URL, so a search can be linked
// and the back button works; the result count is announced in a live region.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  SEARCH_QUERY_MAX,
  SEARCH_TYPES,
  type SearchResponse,
  type SearchResult,
} from '@shared/schemas/search';
import { api } from '../../api';
import { formatDate } from '../../dates';
import { useErrorText } from '../../errors/ErrorText';
import { bodyOptions, SelectField } from '../../layout/SelectField';
import { queryKeys } from '../../query/keys';
import { useBodies } from '../../query/useBodies';
import { usePageTitle } from '../../usePageTitle';
import { Marked } from './Marked';
import './archive.css';

type Draft = Record<'q' | 'type' | 'bodyId' | 'from' | 'to', string>;

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; answer: SearchResponse }
  | { kind: 'failed'; error: unknown };

export function SearchPage() {
  const { t, i18n } = useTranslation('archive');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const current: Draft = {
    q: params.get('q') ?? '',
    type: params.get('type') ?? '',
    bodyId: params.get('bodyId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const page = Number(params.get('page') ?? '1') || 1;
  const [draft, setDraft] = useState<Draft>(current);
  const bodies = useBodies();
  const errorText = useErrorText();
  const queryString = params.toString();
  const search = useQuery({
    queryKey: queryKeys.search(queryString),
    queryFn: ({ signal }) => api<SearchResponse>(`/search?${queryString}`, { signal }),
    enabled: current.q.trim() !== '',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(draft)) if (value.trim()) next.set(key, value.trim());
    setParams(next);
  };
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const bodyName = (id?: string) => bodies.find((b) => b.id === id)?.name;
  const state: State = !current.q.trim()
    ? { kind: 'idle' }
    : search.data
      ? { kind: 'done', answer: search.data }
      : search.error
        ? { kind: 'failed', error: search.error }
        : { kind: 'loading' };
  const answer = state.kind === 'done' ? state.answer : undefined;
  const pages = answer ? Math.max(1, Math.ceil(answer.total / answer.pageSize)) : 1;

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form role="search" aria-label={t('searchLandmark')} onSubmit={submit}>
        <div className="search-form">
          <div className="field">
            <label htmlFor="search-q">{t('searchLabel')}</label>
            <input
              id="search-q"
              type="search"
              value={draft.q}
              maxLength={SEARCH_QUERY_MAX}
              onChange={(e) => set('q')(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </div>
        <fieldset className="search-filters">
          <legend>{t('filters')}</legend>
          <SelectField
            id="search-type"
            label={t('type')}
            value={draft.type}
            onChange={set('type')}
            empty={t('allTypes')}
            options={SEARCH_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          />
          <SelectField
            id="search-body"
            label={t('body')}
            value={draft.bodyId}
            onChange={set('bodyId')}
            empty={t('allBodies')}
            options={bodyOptions(bodies)}
          />
          <div className="field">
            <label htmlFor="search-from">{t('from')}</label>
            <input
              id="search-from"
              type="date"
              value={draft.from}
              aria-describedby="search-date-hint"
              onChange={(e) => set('from')(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="search-to">{t('to')}</label>
            <input
              id="search-to"
              type="date"
              value={draft.to}
              aria-describedby="search-date-hint"
              onChange={(e) => set('to')(e.target.value)}
            />
          </div>
          <p id="search-date-hint" className="hint">
            {t('dateHint')}
          </p>
        </fieldset>
      </form>

      <p role="status" aria-live="polite" aria-atomic="true">
        {state.kind === 'idle' && t('empty')}
        {state.kind === 'loading' && t('searching')}
        {state.kind === 'failed' && (
          <span className="error-text">{t('error', { message: errorText(state.error) })}</span>
        )}
        {answer && t('count', { count: answer.total, q: current.q })}
        {answer && answer.total > answer.pageSize && ` ${t('pageOf', { page, pages })}`}
      </p>

      {answer?.suggestion && (
        <p className="search-suggestion">
          {t('didYouMean')}{' '}
          <Link
            to={{ search: `?${suggested(params, answer.suggestion)}` }}
            onClick={() => setDraft({ ...draft, q: answer.suggestion ?? draft.q })}
          >
            {answer.suggestion}
          </Link>
          ?
        </p>
      )}

      {answer && answer.data.length > 0 && (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading">{t('results')}</h2>
          <ol className="search-results" start={(page - 1) * answer.pageSize + 1}>
            {answer.data.map((result) => (
              <ResultItem
                key={`${result.type}:${result.id}`}
                result={result}
                bodyName={bodyName(result.bodyId)}
                date={formatDate(result.date, i18n.language)}
              />
            ))}
          </ol>
        </section>
      )}

      {answer && pages > 1 && (
        <nav className="search-pagination" aria-label={t('pagination')}>
          <ul>
            <li>
              <button
                type="button"
                className="button button--secondary"
                disabled={page <= 1}
                onClick={() => goTo(page - 1)}
              >
                {t('previous')}
              </button>
            </li>
            <li>{t('pageOf', { page, pages })}</li>
            <li>
              <button
                type="button"
                className="button button--secondary"
                disabled={page >= pages}
                onClick={() => goTo(page + 1)}
              >
                {t('next')}
              </button>
            </li>
          </ul>
        </nav>
      )}
    </div>
  );
}

/** The same search (filters kept, first page) for the suggested spelling. */
function suggested(params: URLSearchParams, q: string): string {
  const next = new URLSearchParams(params);
  next.set('q', q);
  next.delete('page');
  return next.toString();
}

function ResultItem(props: { result: SearchResult; bodyName?: string; date: string }) {
  const { t } = useTranslation('archive');
  const { result } = props;
  return (
    <li className="search-result">
      <h3>
        <Link to={result.path}>
          <Marked text={result.title} ranges={result.highlights.title} />
        </Link>
      </h3>
      <p className="meta">
        {t(`types.${result.type}`)} · <time dateTime={result.date}>{props.date}</time>
        {props.bodyName && ` · ${props.bodyName}`}
      </p>
      {result.snippet && (
        <p>
          <Marked text={result.snippet} ranges={result.highlights.snippet} />
        </p>
      )}
    </li>
  );
}
