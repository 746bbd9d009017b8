// Following a council meeting live (/moten/:id/direkt): the current item highlighted, who speaks
// and who is next, motions, each vote's result (names for open votes), decisions as they are
// entered, the webcast when the meeting has one. Changes are announced through aria-live.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../usePageTitle';
import { useMeeting } from '../records/queries';
import { Announcements, nameOf, VoteResult } from './parts';
import { useSitting } from './useSitting';
import './council.css';

export function FollowLivePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const meeting = useMeeting(id).data;
  const state = useSitting(id);
  usePageTitle(meeting ? t('follow.title', { title: meeting.title }) : t('follow.heading'));
  return (
    <div className="page council">
      <p className="meta">
        <Link to={`/moten/${id}`}>{t('back')}</Link>
      </p>
      <h1>{meeting ? t('follow.title', { title: meeting.title }) : t('follow.heading')}</h1>
      <Announcements state={state} />
      {!state ? (
        <p>{t('common:loading')}</p>
      ) : (
        <>
          <p className="badge">
            {state.adjourned ? t('status.adjourned') : t(`status.${state.status}`)}
          </p>
          {state.streamUrl && (
            <section className="webcast" aria-labelledby="webcast-heading">
              <h2 id="webcast-heading">{t('follow.webcast')}</h2>
              <iframe src={state.streamUrl} title={t('follow.webcast')} allowFullScreen />
            </section>
          )}
          <section aria-labelledby="floor-heading">
            <h2 id="floor-heading">{t('speakers.heading')}</h2>
            <p>
              {state.speaking
                ? t('speakers.now', { name: nameOf(state.speaking) })
                : t('speakers.nobody')}
            </p>
            {state.speakers.length > 0 && (
              <>
                <h3>{t('speakers.next')}</h3>
                <ol>
                  {state.speakers.map((s) => (
                    <li key={s.id}>
                      {nameOf(s)}
                      {s.replik ? ` (${t('speakers.replik')})` : ''}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
          {state.vote && (
            <section aria-labelledby="vote-heading">
              <h2 id="vote-heading">{t('vote.openNow')}</h2>
              <VoteResult vote={state.vote} />
            </section>
          )}
          <section aria-labelledby="items-heading">
            <h2 id="items-heading">{t('items')}</h2>
            <ol className="sitting-items">
              {state.items.map((item) => {
                const current = item.itemId === state.currentItemId;
                return (
                  <li
                    key={item.itemId}
                    className={current ? 'current' : undefined}
                    aria-current={current ? 'step' : undefined}
                  >
                    <h3>
                      § {item.number} {item.title}
                      {current ? ` – ${t('currentItem')}` : ''}
                    </h3>
                    {item.motions.length > 0 && (
                      <>
                        <h4>{t('motions.heading')}</h4>
                        <ul>
                          {item.motions.map((m) => (
                            <li key={m.id}>
                              {m.by ? `${nameOf(m.by)}: ` : ''}
                              {m.text}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                    {item.votes
                      .filter((v) => v.status === 'closed')
                      .map((v) => (
                        <VoteResult key={v.id} vote={v} />
                      ))}
                    {item.decision && (
                      <p>
                        <strong>{t('decision')}:</strong> {item.decision}
                      </p>
                    )}
                    {item.reservations.length > 0 && (
                      <p>
                        {t('reservations')}: {item.reservations.map(nameOf).join(', ')}
                      </p>
                    )}
                    {item.recusals.length > 0 && (
                      <p>
                        {t('recusals')}: {item.recusals.map(nameOf).join(', ')}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
