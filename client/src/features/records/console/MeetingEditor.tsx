// Edits one meeting in the secretary console (/sekreterare/moten/:id): its title, time (Swedish
// time, named at the field), place and stream; the agenda; publishing (kallelse) after a preview
// and a confirmation; removing a draft (confirmed); documents; and after the meeting the minutes
// and the announcement of approval on the notice board (confirmed). Every save says so in a live
// status. Each part has its own file here; this page composes them.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../dates';
import { ErrorText } from '../../../errors/ErrorText';
import { queryKeys } from '../../../query/keys';
import { usePageTitle } from '../../../usePageTitle';
import { useDocuments, useMeeting } from '../queries';
import { AgendaEditor } from './AgendaEditor';
import { DocumentUploadForm } from './DocumentUploadForm';
import { MeetingActions } from './MeetingActions';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { MinutesEditor } from './MinutesEditor';
import { useConsole } from './useConsole';
import '../records.css';

export function MeetingEditor() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('records');
  const client = useQueryClient();
  const { bodies } = useConsole();
  const meeting = useMeeting(id);
  const bodyId = meeting.data?.bodyId;
  const documents = useDocuments(
    `bodyId=${bodyId ?? ''}&kind=protokoll&pageSize=100`,
    bodyId !== undefined,
  );
  const reload = () => {
    void client.invalidateQueries({ queryKey: queryKeys.meetings.all });
    void client.invalidateQueries({ queryKey: queryKeys.documents.all });
  };
  usePageTitle(
    meeting.data ? t('editor.title', { title: meeting.data.title }) : t('console.title'),
  );

  if (!meeting.data) {
    return (
      <div className="page records">
        <h1>{t('console.title')}</h1>
        {meeting.error ? (
          <ErrorText error={meeting.error} overrides={{ not_found: t('meeting.notFoundText') }} />
        ) : (
          <p>{t('common:loading')}</p>
        )}
      </div>
    );
  }
  const current = meeting.data;
  const body = bodies.find((b) => b.id === current.bodyId);
  return (
    <div className="page records">
      <p className="meta">
        <Link to="/sekreterare">{t('editor.back')}</Link>
      </p>
      <h1>{t('editor.title', { title: current.title })}</h1>
      <p className="meta">
        {current.bodyName} · {formatDateTime(current.startsAt, i18n.language)}
        {current.location ? ` · ${current.location}` : ''} ·{' '}
        <span className="badge">{t(`status.${current.status}`)}</span>
      </p>
      <MeetingDetailsForm key={current.id} meeting={current} onSaved={reload} />
      <MeetingActions meeting={current} onChange={reload} />
      <AgendaEditor meeting={current} body={body} onChange={reload} />
      <section aria-labelledby="editor-upload">
        <h2 id="editor-upload">{t('console.upload')}</h2>
        <DocumentUploadForm bodies={body ? [body] : []} />
      </section>
      {current.status !== 'draft' && (
        <MinutesEditor meeting={current} documents={documents.data ?? []} onChange={reload} />
      )}
    </div>
  );
}
