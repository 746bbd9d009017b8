// The secretary console (/sekreterare): create meetings, see the meetings of the bodies one keeps
// (coming ones and drafts soonest first, then held ones latest first), and register documents.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { MeetingView } from '@shared/schemas/meetings';
import { formatDateTime } from '../../../dates';
import { usePageTitle } from '../../../usePageTitle';
import { useMeetings } from '../queries';
import { DocumentUploadForm } from './DocumentUploadForm';
import { NewMeetingForm } from './NewMeetingForm';
import { useConsole } from './useConsole';
import '../records.css';

export function SecretaryConsole() {
  const { t, i18n } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  usePageTitle(t('console.title'));
  const { me, loading, isSecretary, bodies } = useConsole();
  const upcoming = useMeetings('includeDrafts=true&when=upcoming&pageSize=100', isSecretary);
  const past = useMeetings('includeDrafts=true&when=past&pageSize=20', isSecretary);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;

  if (loading) {
    return (
      <div className="page records">
        <h1>{t('console.title')}</h1>
        <p>{t('common:loading')}</p>
      </div>
    );
  }
  if (!me || !isSecretary) {
    return (
      <div className="page records">
        <h1>{t('console.title')}</h1>
        <p>{me ? t('console.notAllowed') : t('console.login')}</p>
        {!me && <Link to="/logga-in">{t('console.loginLink')}</Link>}
      </div>
    );
  }
  const mine = (list: MeetingView[] | undefined) => (list ?? []).filter((m) => m.canManage);
  const row = (meeting: MeetingView) => (
    <li key={meeting.id} className="card">
      <p className="meta">
        {formatDateTime(meeting.startsAt, i18n.language)} · {meeting.bodyName} ·{' '}
        <span className="badge">{t(`status.${meeting.status}`)}</span>
      </p>
      <Link to={`/sekreterare/moten/${meeting.id}`}>{meeting.title}</Link>
    </li>
  );
  const coming = mine(upcoming.data?.data);
  const held = mine(past.data?.data);
  return (
    <div className="page records">
      <h1>{t('console.title')}</h1>
      <p className="lead">{t('console.intro')}</p>
      <div role="status" aria-live="polite">
        {notice && <p className="success-text">{notice}</p>}
      </div>
      <section aria-labelledby="console-meetings">
        <h2 id="console-meetings">{t('console.meetings')}</h2>
        <p className="hint">{tw('console.sortNote')}</p>
        {coming.length === 0 && held.length === 0 && <p>{t('console.noMeetings')}</p>}
        {coming.length > 0 && (
          <>
            <h3 id="console-upcoming">{tw('console.upcoming')}</h3>
            <ul className="card-list" aria-labelledby="console-upcoming">
              {coming.map(row)}
            </ul>
          </>
        )}
        {held.length > 0 && (
          <>
            <h3 id="console-past">{tw('console.past')}</h3>
            <ul className="card-list" aria-labelledby="console-past">
              {held.map(row)}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="console-new">
        <h2 id="console-new">{t('console.newMeeting')}</h2>
        <NewMeetingForm bodies={bodies} />
      </section>
      <section aria-labelledby="console-upload">
        <h2 id="console-upload">{t('console.upload')}</h2>
        <DocumentUploadForm bodies={bodies} />
      </section>
    </div>
  );
}
