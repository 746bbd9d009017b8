// The my-page section "Min aktivitet": my comments (plain text, linked to their thread), my live
// questions with what became of them, what I follow (meetings, bodies, documents; proposals are
// listed with my proposals), my requests for documents, and the way to all my data.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowView } from '@shared/schemas/notifications';
import { apiData } from '../../api';
import { formatDate } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { plainValue } from './exportText';
import './citizen.css';

interface Exported {
  comments?: {
    comments?: Array<{
      id: string;
      subjectType: string;
      subjectId: string;
      body: string;
      state: string;
      createdAt: string;
    }>;
  };
  live?: {
    questions?: Array<{
      id: string;
      sessionId: string;
      text: string;
      state: string;
      createdAt: string;
    }>;
  };
  recordRequests?: Array<{ reference: string; documentTitle: string; createdAt: string }>;
}

const threadPath = (type: string, id: string) =>
  type === 'proposal' ? `/forslag/${id}` : type === 'document' ? `/handlingar/${id}` : undefined;

export function MyActivity() {
  const { t, i18n } = useTranslation('citizen');
  const data = useQuery({
    queryKey: ['me', 'export'],
    queryFn: ({ signal }) => apiData<Exported>('/me/export', { signal }),
  });
  const follows = useQuery({
    queryKey: ['follows', 'mine'],
    queryFn: ({ signal }) => apiData<FollowView[]>('/follows', { signal }),
  });
  const comments = (data.data?.comments?.comments ?? []).filter((c) => c.state !== 'deleted');
  const questions = data.data?.live?.questions ?? [];
  const requests = data.data?.recordRequests ?? [];
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section aria-labelledby="my-activity-heading" className="my-activity">
      <h2 id="my-activity-heading">{t('activity.title')}</h2>
      <ErrorText error={data.error ?? follows.error} />

      <h3>{t('activity.follows')}</h3>
      {follows.data && follows.data.length === 0 && (
        <p className="meta">{t('activity.noFollows')}</p>
      )}
      <ul data-testid="my-follows">
        {follows.data?.map((f) => (
          <li key={`${f.type}:${f.id}`}>
            <Link to={f.path}>{f.title}</Link>{' '}
            <span className="meta">({t(`activity.type.${f.type}`)})</span>
          </li>
        ))}
      </ul>

      <h3>{t('activity.comments')}</h3>
      {data.data && comments.length === 0 && <p className="meta">{t('activity.none')}</p>}
      <ul data-testid="my-comments">
        {comments
          .slice(-20)
          .reverse()
          .map((c) => {
            const path = threadPath(c.subjectType, c.subjectId);
            const text = plainValue(c.body, i18n.language, '', '');
            return (
              <li key={c.id}>
                {path ? <Link to={`${path}#kommentar-${c.id}`}>{text}</Link> : text}{' '}
                <span className="meta">
                  ({date(c.createdAt)}
                  {c.state !== 'visible'
                    ? `, ${t(`activity.state.${c.state}`, { defaultValue: '' })}`
                    : ''}
                  )
                </span>
              </li>
            );
          })}
      </ul>

      <h3>{t('activity.questions')}</h3>
      {data.data && questions.length === 0 && <p className="meta">{t('activity.none')}</p>}
      <ul data-testid="my-questions">
        {questions
          .slice(-20)
          .reverse()
          .map((q) => (
            <li key={q.id}>
              <Link to={`/direkt/${q.sessionId}`}>{q.text}</Link>{' '}
              <span className="meta">
                ({date(q.createdAt)},{' '}
                {t(`activity.qstate.${q.state}`, { defaultValue: t('activity.asked') })})
              </span>
            </li>
          ))}
      </ul>

      {requests.length > 0 && (
        <>
          <h3>{t('activity.requests')}</h3>
          <ul>
            {requests.map((r) => (
              <li key={r.reference}>
                {r.documentTitle}{' '}
                <span className="meta">
                  ({r.reference}, {date(r.createdAt)})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/mina-sidor/mina-uppgifter">{t('export.link')}</Link>
      </p>
    </section>
  );
}
