// The meeting calendar (/moten): published meetings, coming or past, per body, with the
// iCalendar subscription for all or the chosen body.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { Pager } from '../../layout/Pager';
import { bodyOptions, SelectField } from '../../layout/SelectField';
import { useBodies } from '../../query/useBodies';
import { FollowButton } from '../citizen/FollowButton';
import { SubscribeAddress } from '../citizen/SubscribeAddress';
import { usePageTitle } from '../../usePageTitle';
import { useMeetings } from './queries';
import './records.css';

const PAGE_SIZE = 20;

export function MeetingCalendar() {
  const { t, i18n } = useTranslation('records');
  usePageTitle(t('calendar.title'));
  const [params, setParams] = useSearchParams();
  const bodyId = params.get('bodyId') ?? '';
  const when = params.get('when') === 'past' ? 'past' : 'upcoming';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const bodies = useBodies();
  const query = new URLSearchParams({ when, page: String(page), pageSize: String(PAGE_SIZE) });
  if (bodyId) query.set('bodyId', bodyId);
  const meetings = useMeetings(query.toString());
  const pages = Math.max(1, Math.ceil((meetings.data?.total ?? 0) / PAGE_SIZE));

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
          options={bodyOptions(bodies)}
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
      <SubscribeAddress
        path={feed}
        label={bodyId ? t('calendar.subscribeBody') : t('calendar.subscribe')}
      />
      {bodyId && <FollowButton type="bodies" id={bodyId} />}

      <section aria-labelledby="calendar-results" aria-busy={meetings.isPending}>
        <h2 id="calendar-results">{t(`calendar.${when}Heading`)}</h2>
        {meetings.isPending && <p>{t('common:loading')}</p>}
        <ErrorText error={meetings.error} />
        {meetings.data?.data.length === 0 && <p>{t('calendar.none')}</p>}
        <ul className="card-list">
          {meetings.data?.data.map((meeting) => (
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
          <Pager
            page={page}
            pages={pages}
            onPage={(n) => update({ page: String(n) })}
            label={t('calendar.pagination')}
            className="records-pagination"
          />
        )}
      </section>
    </div>
  );
}
