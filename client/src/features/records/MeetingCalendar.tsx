// The meeting calendar (/moten): published meetings, coming or past, per body, with the
// iCalendar subscription for all or the chosen body.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { BodyView } from '@shared/schemas/bodies';
import type { MeetingView } from '@shared/schemas/meetings';
import { usePageTitle } from '../../usePageTitle';
import { formatDateTime } from './format';
import { useFetch } from './useFetch';
import './records.css';
import { bodyOptions, SelectField } from '../../layout/SelectField';

const PAGE_SIZE = 20;

export function MeetingCalendar() {
  const { t, i18n } = useTranslation('records');
  usePageTitle(t('calendar.title'));
  const [params, setParams] = useSearchParams();
  const bodyId = params.get('bodyId') ?? '';
  const when = params.get('when') === 'past' ? 'past' : 'upcoming';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const bodies = useFetch<BodyView[]>('/bodies');
  const query = new URLSearchParams({ when, page: String(page), pageSize: String(PAGE_SIZE) });
  if (bodyId) query.set('bodyId', bodyId);
  const meetings = useFetch<MeetingView[]>(`/meetings?${query.toString()}`);
  const pages = Math.max(1, Math.ceil((meetings.total ?? 0) / PAGE_SIZE));

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const feed = bodyId ? `/feeds/bodies/${bodyId}/meetings.ics` : '/feeds/meetings.ics';

  return (
    <div className="page records">
      <h1>{t('calendar.title')}</h1>
      <p className="lead">{t('calendar.intro')}</p>
      <form className="records-filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="calendar-body"
          label={t('calendar.body')}
          value={bodyId}
          onChange={(value) => update({ bodyId: value, page: '' })}
          empty={t('calendar.allBodies')}
          options={bodyOptions(bodies.data ?? [])}
        />
        <fieldset className="records-when">
          <legend>{t('calendar.show')}</legend>
          {(['upcoming', 'past'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="when"
                value={value}
                checked={when === value}
                onChange={() => update({ when: value === 'upcoming' ? '' : value, page: '' })}
              />{' '}
              {t(`calendar.${value}`)}
            </label>
          ))}
        </fieldset>
      </form>
      <p className="records-subscribe">
        <a href={feed}>{bodyId ? t('calendar.subscribeBody') : t('calendar.subscribe')}</a>
        <span className="hint"> {t('calendar.subscribeHint')}</span>
      </p>

      <section aria-labelledby="calendar-results" aria-busy={meetings.loading}>
        <h2 id="calendar-results">{t(`calendar.${when}Heading`)}</h2>
        {meetings.loading && <p>{t('common:loading')}</p>}
        {meetings.error && (
          <p role="alert" className="error-text">
            {t('common:error')}
          </p>
        )}
        {meetings.data && meetings.data.length === 0 && <p>{t('calendar.none')}</p>}
        <ul className="card-list">
          {meetings.data?.map((meeting) => (
            <li key={meeting.id} className="card meeting-card">
              <p className="meta">
                <time dateTime={meeting.startsAt}>
                  {formatDateTime(meeting.startsAt, i18n.language)}
                </time>
                {' · '}
                {meeting.bodyName}
              </p>
              <h3>
                <Link to={`/moten/${meeting.id}`}>{meeting.title}</Link>
              </h3>
              <p className="meta">
                {meeting.location && <>{meeting.location} · </>}
                {t('calendar.items', { count: meeting.items.length })}
                {meeting.minutes && <> · {t('calendar.hasMinutes')}</>}
              </p>
            </li>
          ))}
        </ul>
        {pages > 1 && (
          <nav aria-label={t('calendar.pagination')} className="records-pagination">
            <button
              type="button"
              className="button button--secondary"
              disabled={page <= 1}
              onClick={() => update({ page: String(page - 1) })}
            >
              {t('common:pagination.previous')}
            </button>
            <span>{t('common:pagination.page', { page, pages })}</span>
            <button
              type="button"
              className="button button--secondary"
              disabled={page >= pages}
              onClick={() => update({ page: String(page + 1) })}
            >
              {t('common:pagination.next')}
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}
