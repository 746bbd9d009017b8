// Registers a document: metadata and optionally a file (PDF, DOCX, PNG, JPEG up to 50 MB), sent
// as multipart; the server sniffs the type and refuses what it does not accept.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CASE_NUMBER_PATTERN,
  DOCUMENT_KINDS,
  MAX_UPLOAD_BYTES,
  type DocumentView,
} from '@shared/schemas/documents';
import type { BodyView } from '@shared/schemas/bodies';
import { apiData } from '../../../api';
import { formText } from '../format';
import { errorMessage } from './useConsole';

export function DocumentUploadForm({
  bodies,
  onCreated,
}: {
  bodies: BodyView[];
  onCreated?: (document: DocumentView) => void;
}) {
  const { t } = useTranslation('records');
  const id = useId();
  const [secrecy, setSecrecy] = useState<'public' | 'confidential'>('public');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [created, setCreated] = useState<DocumentView | undefined>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError('');
    setCreated(undefined);
    const caseNumber = formText(data, 'caseNumber');
    if (caseNumber && !CASE_NUMBER_PATTERN.test(caseNumber)) {
      setError(t('upload.caseNumberFormat'));
      return;
    }
    const file = data.get('file');
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setError(t('upload.tooLarge'));
      return;
    }
    if (file instanceof File && file.size === 0) data.delete('file');
    // Fields first, the file last: the server can then refuse bad metadata before storing.
    const ordered = new FormData();
    for (const [key, value] of data.entries()) if (key !== 'file') ordered.append(key, value);
    const chosen = data.get('file');
    if (chosen instanceof File) ordered.append('file', chosen);
    setBusy(true);
    try {
      const document = await apiData<DocumentView>('/documents', { method: 'POST', body: ordered });
      setCreated(document);
      form.reset();
      setSecrecy('public');
      onCreated?.(document);
    } catch (e) {
      setError(t('upload.failed', { message: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-describedby={`${id}-status`}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('upload.docTitle')}</label>
        <input id={`${id}-title`} name="title" required maxLength={300} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('upload.kind')}</label>
        <select id={`${id}-kind`} name="kind" defaultValue="tjansteskrivelse">
          {DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('upload.body')}</label>
        <select id={`${id}-body`} name="bodyId" required>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('upload.date')}</label>
        <input
          id={`${id}-date`}
          name="date"
          type="date"
          required
          defaultValue={new Date().toISOString().slice(0, 10)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-case`}>
          {t('upload.caseNumber')} <span className="hint">{t('upload.caseNumberHint')}</span>
        </label>
        <input id={`${id}-case`} name="caseNumber" maxLength={40} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-secrecy`}>{t('upload.secrecy')}</label>
        <select
          id={`${id}-secrecy`}
          name="secrecy"
          value={secrecy}
          onChange={(e) =>
            setSecrecy(e.target.value === 'confidential' ? 'confidential' : 'public')
          }
        >
          <option value="public">{t('document.public')}</option>
          <option value="confidential">{t('document.confidential')}</option>
        </select>
      </div>
      {secrecy === 'confidential' && (
        <div className="field">
          <label htmlFor={`${id}-osl`}>
            {t('upload.secrecyReference')}{' '}
            <span className="hint">{t('upload.secrecyReferenceHint')}</span>
          </label>
          <input id={`${id}-osl`} name="secrecyReference" required maxLength={200} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>
          {t('upload.file')} <span className="hint">{t('upload.fileHint')}</span>
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('upload.sending') : t('upload.submit')}
      </button>
      <div id={`${id}-status`} role="status" aria-live="polite">
        {error && <p className="error-text">{error}</p>}
        {created && (
          <p className="success-text">
            {t('upload.done')} <Link to={`/handlingar/${created.id}`}>{created.title}</Link>
          </p>
        )}
      </div>
    </form>
  );
}
