// A meeting (/moten/:id): when and where, the agenda with its documents and decisions, the
// minutes and their appeal period, the stream and a live session if there is one. Changes
// published while the page is open appear at once (room meeting:<id>).
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeetingView } from '@shared/schemas/meetings';
import { formatDate, formatDateTime } from '../../dates';
import { asApiError } from '../../errors/errorText';
import { ErrorText } from '../../errors/ErrorText';
import { usePageTitle } from '../../usePageTitle';
import { useLiveMeeting } from './useMeeting';
import { DocumentLinks } from './DocumentLinks';
import { MeetingLiveSessions } from '../live/MeetingLiveSessions';
import { FollowButton } from '../citizen/FollowButton';
import { AbsencePanel } from '../reading/AbsencePanel';
import { MeetingSitting } from '../council/MeetingSitting';
import './records.css';
import '../citizen/citizen.css';

export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('records');
  const { meeting, error, updatedAt } = useLiveMeeting(id);
  usePageTitle(meeting ? `${meeting.title}, ${meeting.bodyName}` : t('meeting.title'));

  if (error) {
    const missing = asApiError(error).code === 'not_found';
    return (
      <div className="page records">
        <h1>{missing ? t('meeting.notFound') : t('meeting.title')}</h1>
        <ErrorText error={error} overrides={{ not_found: t('meeting.notFoundText') }} />
        <Link to="/moten">{t('meeting.back')}</Link>
      </div>
    );
  }
  if (!meeting) {
    return (
      <div className="page records">
        <h1>{t('meeting.title')}</h1>
        <p>{t('common:loading')}</p>
      </div>
    );
  }
  return <MeetingDetails meeting={meeting} updatedAt={updatedAt} />;
}

function MeetingDetails({ meeting, updatedAt }: { meeting: MeetingView; updatedAt: string }) {
  const { t, i18n } = useTranslation('records');
  const { t: c } = useTranslation('citizen');
  return (
    <div className="page records">
      <p className="meta no-print">
        <Link to="/moten">{t('meeting.back')}</Link>
      </p>
      <h1>{meeting.title}</h1>
      {meeting.status === 'draft' && <p className="badge">{t('meeting.draft')}</p>}
      <dl className="records-facts">
        <dt>{t('meeting.body')}</dt>
        <dd>{meeting.bodyName}</dd>
        <dt>{t('meeting.time')}</dt>
        <dd>
          <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt, i18n.language)}</time>
        </dd>
        {meeting.location && (
          <>
            <dt>{t('meeting.location')}</dt>
            <dd>{meeting.location}</dd>
          </>
        )}
        {meeting.streamUrl && (
          <>
            <dt>{t('meeting.stream')}</dt>
            <dd>
              <a href={meeting.streamUrl} rel="noopener noreferrer">
                {t('meeting.watch')}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div className="meeting-tools no-print">
        <a
          className="button button--secondary"
          href={`/feeds/meetings/${meeting.id}.ics`}
          download
          aria-describedby="calendar-add-hint"
        >
          {c('calendar.add')}
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {c('print.agenda')}
        </button>
      </div>
      <p className="hint no-print" id="calendar-add-hint">
        {c('calendar.addHint')}
      </p>
      {meeting.status !== 'draft' && (
        <div className="no-print">
          <FollowButton type="meetings" id={meeting.id} />
          <FollowButton type="bodies" id={meeting.bodyId} name={meeting.bodyName} />
        </div>
      )}
      {meeting.status !== 'draft' && (
        <p>
          {/* The public "agenda as PDF" (#14.5); members get their confidential documents too. */}
          <a
            className="button button--secondary"
            href={`/api/v1/meetings/${meeting.id}/bundle.pdf`}
          >
            {t('reading:mine.bundle')}
          </a>
        </p>
      )}
      <MeetingLiveSessions meetingId={meeting.id} />
      {meeting.canManage && (meeting.status === 'published' || meeting.status === 'in_session') && (
        <AbsencePanel meetingId={meeting.id} />
      )}
      <MeetingSitting meeting={meeting} />
      {meeting.canManage && (
        <p>
          <Link className="button button--secondary" to={`/sekreterare/moten/${meeting.id}`}>
            {t('meeting.edit')}
          </Link>
        </p>
      )}
      <p className="visually-hidden" role="status">
        {updatedAt ? t('meeting.updated') : ''}
      </p>

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('meeting.agenda')}</h2>
        {meeting.items.length === 0 && <p>{t('meeting.noItems')}</p>}
        <ol className="agenda">
          {meeting.items.map((item) => (
            <li key={item.id} id={`punkt-${item.id}`} className="agenda-item">
              <h3>
                <span className="agenda-number">§ {item.number}</span> {item.title}
              </h3>
              {item.description && <p>{item.description}</p>}
              {item.documents.length > 0 && (
                <>
                  <h4>{t('meeting.documents')}</h4>
                  <DocumentLinks documents={item.documents} />
                </>
              )}
              {item.decision && (
                <div className="decision">
                  <h4>{t('meeting.decision')}</h4>
                  <p>{item.decision.text}</p>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>

      {meeting.minutes && (
        <section aria-labelledby="minutes-heading">
          <h2 id="minutes-heading">{t('meeting.minutes')}</h2>
          <DocumentLinks documents={[meeting.minutes.document]} />
          {meeting.minutes.appealEndsOn ? (
            <p>
              {t('meeting.approved', {
                approved: formatDate(meeting.minutes.approvedOn ?? '', i18n.language),
                posted: formatDate(meeting.minutes.postedOn ?? '', i18n.language),
                ends: formatDate(meeting.minutes.appealEndsOn, i18n.language),
              })}{' '}
              <Link to="/anslagstavla">{t('meeting.noticeBoard')}</Link>
            </p>
          ) : (
            <p>{t('meeting.notApproved')}</p>
          )}
        </section>
      )}
    </div>
  );
}
