// /mitt-arbete: where staff land after login. Per role, what waits for them, with counts and
// links; an official also sees the coming meetings of the bodies they sit on, with their
// documents marked read or unread (the reading room's marks) and the way to /mina-moten to read
// them. People without a staff role are sent on to their own page (/mina-sidor).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import {
  WORK_QUEUES_BY_ROLE,
  type WorkMeeting,
  type WorkQueue,
  type WorkRole,
} from '@shared/schemas/work';
import { api } from '../../api';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { usePageTitle } from '../../usePageTitle';
import { useSession } from '../../session';
import { useWork } from './useWork';
import './work.css';

/** Where each queue is worked on; the official's meetings are also listed on this page itself. */
const QUEUE_LINKS: Partial<Record<WorkQueue, string>> = {
  documentsUnread: '/mina-moten',
  commentsUnanswered: '/kommentarer/inkorg',
  panelSessions: '/direkt',
  draftMeetings: '/sekreterare',
  decisionsMissing: '/sekreterare',
  minutesMissing: '/sekreterare',
  approvalMissing: '/sekreterare',
  reportsOpen: '/kommentarer/moderering',
  proposalsToReview: '/forslag/granska',
  questionsWaiting: '/direkt',
  staffPeople: '/admin/anvandare',
};

function Queue({ queue, count }: { queue: WorkQueue; count: number | undefined }) {
  const { t } = useTranslation('work');
  const link = QUEUE_LINKS[queue];
  const id = `queue-${queue}`;
  return (
    <li className={`work-queue${count ? ' work-queue--waiting' : ''}`}>
      <span className="work-queue__count">{count ?? '–'}</span>
      <span id={id} className="work-queue__label">
        {t(`queues.${queue}`)}
      </span>
      {link && (
        <Link to={link} aria-describedby={id}>
          {t(`open.${queue}`)}
        </Link>
      )}
    </li>
  );
}

/** One coming meeting: how much of it is left to read, and each document read or unread. */
function ComingMeeting({ meeting }: { meeting: WorkMeeting }) {
  const { t, i18n } = useTranslation('work');
  const documents = meeting.items.flatMap((item) => item.documents);
  const total = new Set(documents.map((document) => document.id)).size;
  const unread = new Set(meeting.unreadDocumentIds);
  const titleId = `work-meeting-${meeting.id}`;
  return (
    <li className="card">
      <p className="meta">
        {formatDateTime(meeting.startsAt, i18n.language)} · {meeting.bodyName}
      </p>
      <Link id={titleId} to={`/moten/${meeting.id}`}>
        {meeting.title}
      </Link>
      {documents.length === 0 ? (
        <p className="meta">{t('meetings.noDocuments')}</p>
      ) : (
        <>
          <p className="work-meeting-reading">
            {unread.size > 0
              ? t('meetings.unread', { count: unread.size, total })
              : t('meetings.allRead')}{' '}
            <Link to="/mina-moten" aria-describedby={titleId}>
              {t('meetings.readInMine')}
            </Link>
          </p>
          <ul className="work-meeting-documents" aria-label={t('meetings.documents')}>
            {documents.map((document, index) => (
              <li key={`${document.id}-${index}`}>
                <Link to={`/handlingar/${document.id}`}>{document.title}</Link>
                {document.caseNumber && <span className="meta"> ({document.caseNumber})</span>}{' '}
                <span
                  className={`work-read-mark${unread.has(document.id) ? ' work-read-mark--unread' : ''}`}
                >
                  {unread.has(document.id)
                    ? t('meetings.documentUnread')
                    : t('meetings.documentRead')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function ComingMeetings() {
  const { t } = useTranslation('work');
  const meetings = useQuery({
    queryKey: ['work', 'meetings'],
    queryFn: ({ signal }) => api<{ data: WorkMeeting[] }>('/me/work/meetings', { signal }),
  });
  const list = meetings.data?.data;
  return (
    <section aria-labelledby="work-meetings">
      <h3 id="work-meetings">{t('meetings.heading')}</h3>
      <ErrorText error={meetings.error} />
      {list?.length === 0 && <p>{t('meetings.none')}</p>}
      {list && list.length > 0 && (
        <ul className="card-list">
          {list.map((meeting) => (
            <ComingMeeting key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RoleSection({ role }: { role: WorkRole }) {
  const { t } = useTranslation('work');
  const { counts } = useWork();
  const queues: readonly WorkQueue[] = WORK_QUEUES_BY_ROLE[role];
  return (
    <section aria-labelledby={`work-${role}`}>
      <h2 id={`work-${role}`}>{t(`roles.${role}`)}</h2>
      <ul className="work-queues">
        {queues.map((queue) => (
          <Queue key={queue} queue={queue} count={counts?.[queue]} />
        ))}
      </ul>
      {role === 'official' && <ComingMeetings />}
    </section>
  );
}

export function WorkPage() {
  const { t } = useTranslation('work');
  usePageTitle(t('title'));
  const { loading: sessionLoading } = useSession();
  const { me, roles, error, loading } = useWork();

  if (sessionLoading) {
    return (
      <div className="page">
        <h1>{t('title')}</h1>
        <p>{t('common:loading')}</p>
      </div>
    );
  }
  if (!me) {
    return (
      <div className="page">
        <h1>{t('title')}</h1>
        <p>{t('login')}</p>
        <Link to="/logga-in?returnTo=%2Fmitt-arbete">{t('loginLink')}</Link>
      </div>
    );
  }
  // Citizens keep their own page.
  if (roles.length === 0) return <Navigate to="/mina-sidor" replace />;
  return (
    <div className="page work-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ErrorText error={error} template={() => t('loadError')} />
      {loading && !error && <p>{t('common:loading')}</p>}
      {roles.map((role) => (
        <RoleSection key={role} role={role} />
      ))}
    </div>
  );
}
