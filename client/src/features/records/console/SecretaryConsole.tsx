// The secretary console (/sekreterare): create meetings, see drafts and published meetings of the
// bodies one keeps, and register documents.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../dates';
import { usePageTitle } from '../../../usePageTitle';
import { useMeetings } from '../queries';
import { DocumentUploadForm } from './DocumentUploadForm';
import { NewMeetingForm } from './NewMeetingForm';
import { useConsole } from './useConsole';
import '../records.css';

export function SecretaryConsole() {
  const { t, i18n } = useTranslation('records');
  usePageTitle(t('console.title'));
  const { me, loading, isSecretary, bodies } = useConsole();
  const meetings = useMeetings('includeDrafts=true&pageSize=100', isSecretary);

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
  const mine = (meetings.data?.data ?? []).filter((m) => m.canManage);
  return (
    <div className="page records">
      <h1>{t('console.title')}</h1>
      <p className="lead">{t('console.intro')}</p>
      <section aria-labelledby="console-meetings">
        <h2 id="console-meetings">{t('console.meetings')}</h2>
        {mine.length === 0 && <p>{t('console.noMeetings')}</p>}
        <ul className="card-list">
          {mine.map((meeting) => (
            <li key={meeting.id} className="card">
              <p className="meta">
                {formatDateTime(meeting.startsAt, i18n.language)} · {meeting.bodyName} ·{' '}
                <span className="badge">{t(`status.${meeting.status}`)}</span>
              </p>
              <Link to={`/sekreterare/moten/${meeting.id}`}>{meeting.title}</Link>
            </li>
          ))}
        </ul>
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
