// Edits one meeting in the secretary console (/sekreterare/moten/:id): the agenda, publishing
// (kallelse), documents, and after the meeting the minutes and the announcement of approval.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DocumentView } from '@shared/schemas/documents';
import type { MeetingView } from '@shared/schemas/meetings';
import { api } from '../../../api';
import { usePageTitle } from '../../../usePageTitle';
import { formatDate, formatDateTime } from '../format';
import { useFetch } from '../useFetch';
import { AgendaEditor } from './AgendaEditor';
import { DocumentUploadForm } from './DocumentUploadForm';
import { errorMessage, useConsole } from './useConsole';
import '../records.css';

function MinutesEditor({
  meeting,
  documents,
  onChange,
}: {
  meeting: MeetingView;
  documents: DocumentView[];
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation('records');
  const id = useId();
  const [error, setError] = useState('');
  const protocols = documents.filter((d) => d.kind === 'protokoll');
  async function run(
    event: FormEvent<HTMLFormElement>,
    action: (data: FormData) => Promise<unknown>,
  ) {
    event.preventDefault();
    setError('');
    try {
      await action(new FormData(event.currentTarget));
      onChange();
    } catch (e) {
      setError(t('console.failed', { message: errorMessage(e) }));
    }
  }
  const minutes = meeting.minutes;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('editor.minutes')}</h2>
      {minutes?.appealEndsOn ? (
        <p>
          {t('meeting.approved', {
            approved: formatDate(minutes.approvedOn ?? '', i18n.language),
            posted: formatDate(minutes.postedOn ?? '', i18n.language),
            ends: formatDate(minutes.appealEndsOn, i18n.language),
          })}
        </p>
      ) : (
        <>
          <form
            onSubmit={(e) =>
              run(e, (data) =>
                api(`/meetings/${meeting.id}/minutes`, {
                  method: 'PUT',
                  json: { documentId: data.get('documentId') },
                }),
              )
            }
          >
            <div className="field">
              <label htmlFor={`${id}-doc`}>{t('editor.minutesDocument')}</label>
              <select
                id={`${id}-doc`}
                name="documentId"
                required
                defaultValue={minutes?.document.id ?? ''}
              >
                <option value="" disabled>
                  {protocols.length === 0 ? t('editor.noProtocols') : t('editor.choose')}
                </option>
                {protocols.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary">
              {t('editor.attachMinutes')}
            </button>
          </form>
          {minutes && (
            <form
              onSubmit={(e) =>
                run(e, (data) =>
                  api(`/meetings/${meeting.id}/minutes/approval`, {
                    method: 'POST',
                    json: { approvedOn: data.get('approvedOn') || undefined },
                  }),
                )
              }
            >
              <p>{t('editor.attached', { title: minutes.document.title })}</p>
              <div className="field">
                <label htmlFor={`${id}-approved`}>{t('editor.approvedOn')}</label>
                <input
                  id={`${id}-approved`}
                  name="approvedOn"
                  type="date"
                  defaultValue={new Date().toISOString().slice(0, 10)}
                />
              </div>
              <button type="submit" className="button">
                {t('editor.announce')}
              </button>
            </form>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
        {error && <p className="error-text">{error}</p>}
      </div>
    </section>
  );
}

export function MeetingEditor() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('records');
  const { bodies } = useConsole();
  const meeting = useFetch<MeetingView>(`/meetings/${id}`);
  const bodyId = meeting.data?.bodyId;
  const documents = useFetch<DocumentView[]>(
    bodyId ? `/documents?bodyId=${bodyId}&pageSize=100` : null,
  );
  const [message, setMessage] = useState('');
  usePageTitle(
    meeting.data ? t('editor.title', { title: meeting.data.title }) : t('console.title'),
  );

  if (!meeting.data) {
    return (
      <div className="page records">
        <h1>{t('console.title')}</h1>
        <p role={meeting.error ? 'alert' : undefined}>
          {meeting.error ? t('meeting.notFoundText') : t('common:loading')}
        </p>
      </div>
    );
  }
  const current = meeting.data;
  const reload = () => {
    meeting.reload();
    documents.reload();
  };
  async function publish() {
    setMessage('');
    try {
      await api(`/meetings/${current.id}/publish`, { method: 'POST' });
      setMessage(t('editor.published'));
      meeting.reload();
    } catch (e) {
      setMessage(t('console.failed', { message: errorMessage(e) }));
    }
  }
  const bodyList = bodies.filter((b) => b.id === current.bodyId);
  return (
    <div className="page records">
      <p className="meta">
        <Link to="/sekreterare">{t('editor.back')}</Link>
      </p>
      <h1>{t('editor.title', { title: current.title })}</h1>
      <p className="meta">
        {current.bodyName} · {formatDateTime(current.startsAt, i18n.language)} ·{' '}
        <span className="badge">{t(`status.${current.status}`)}</span>
      </p>
      <p className="records-actions">
        {current.status === 'draft' ? (
          <button type="button" className="button" onClick={publish}>
            {t('editor.publish')}
          </button>
        ) : (
          <Link to={`/moten/${current.id}`}>{t('editor.view')}</Link>
        )}
      </p>
      <div role="status" aria-live="polite">
        {message && <p>{message}</p>}
      </div>
      <AgendaEditor meeting={current} documents={documents.data ?? []} onChange={reload} />
      <section aria-labelledby="editor-upload">
        <h2 id="editor-upload">{t('console.upload')}</h2>
        <DocumentUploadForm bodies={bodyList} onCreated={() => documents.reload()} />
      </section>
      {current.status === 'published' && (
        <MinutesEditor meeting={current} documents={documents.data ?? []} onChange={reload} />
      )}
    </div>
  );
}
