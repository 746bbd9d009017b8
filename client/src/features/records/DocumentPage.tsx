// A document (/handlingar/:id): its registry entry, the file to view or download and its text; a
// confidential document shows the entry and how to request it instead. Public documents carry
// their comment thread.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DocumentView } from '@shared/schemas/documents';
import { formatDate, formatDateTime } from '../../dates';
import { asApiError } from '../../errors/errorText';
import { ErrorText } from '../../errors/ErrorText';
import { usePageTitle } from '../../usePageTitle';
import { CommentThread } from '../comments/CommentThread';
import { PrivateNotes } from '../reading/PrivateNotes';
import { formatSize } from './format';
import { useDocument, useDocumentText } from './queries';
import { FollowButton } from '../citizen/FollowButton';
import { RegistryContactDetails, RequestDocument } from '../citizen/RequestDocument';
import './records.css';
import '../citizen/citizen.css';

export function DocumentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('records');
  const document = useDocument(id);
  usePageTitle(document.data ? document.data.title : t('document.title'));

  if (document.error) {
    const missing = asApiError(document.error).code === 'not_found';
    return (
      <div className="page records">
        <h1>{missing ? t('document.notFound') : t('document.title')}</h1>
        <ErrorText error={document.error} overrides={{ not_found: t('document.notFoundText') }} />
      </div>
    );
  }
  if (!document.data) {
    return (
      <div className="page records">
        <h1>{t('document.title')}</h1>
        <p>{t('common:loading')}</p>
      </div>
    );
  }
  return <DocumentDetails document={document.data} />;
}

function DocumentDetails({ document }: { document: DocumentView }) {
  const { t, i18n } = useTranslation('records');
  const isPublic = document.secrecy === 'public';
  // Members of the body (and called-in substitutes, secretaries) read confidential content (#17).
  const readable = document.canReadContent ?? isPublic;
  const text = useDocumentText(document.id, readable && document.hasText);
  const fileUrl = `/api/v1/documents/${document.id}/file`;
  return (
    <div className="page records">
      <h1>{document.title}</h1>
      <dl className="records-facts">
        <dt>{t('document.kind')}</dt>
        <dd>{t(`kind.${document.kind}`)}</dd>
        <dt>{t('document.body')}</dt>
        <dd>{document.bodyName}</dd>
        <dt>{t('document.date')}</dt>
        <dd>{formatDate(document.date, i18n.language)}</dd>
        {document.caseNumber && (
          <>
            <dt>{t('document.caseNumber')}</dt>
            <dd>{document.caseNumber}</dd>
          </>
        )}
        <dt>{t('document.secrecy')}</dt>
        <dd>
          {isPublic
            ? t('document.public')
            : `${t('document.confidential')} (${document.secrecyReference ?? ''})`}
        </dd>
      </dl>

      <FollowButton type="documents" id={document.id} />

      {!isPublic && readable && (
        <p className="badge badge--secret">{t('reading:access.watermark')}</p>
      )}
      {readable && document.file && (
        <section aria-labelledby="file-heading">
          <h2 id="file-heading">{t('document.file')}</h2>
          <p className="meta">
            {document.file.name} · {formatSize(document.file.size, t)}
          </p>
          <p className="records-actions">
            {document.file.mimeType === 'application/pdf' && (
              <a className="button button--secondary" href={fileUrl} target="_blank" rel="noopener">
                {t('document.preview')}
              </a>
            )}
            <a className="button" href={`${fileUrl}?download=1`} download={document.file.name}>
              {t('document.download')}
            </a>
          </p>
          <p className="hint">
            {t('document.checksum')}: <code className="checksum">{document.file.sha256}</code>
          </p>
        </section>
      )}

      {!readable && (
        <section aria-labelledby="request-heading" className="records-notice">
          <h2 id="request-heading">{t('document.requestTitle')}</h2>
          <p>{t('document.requestText', { body: document.bodyName })}</p>
          {document.caseNumber && (
            <p>{t('document.requestCaseNumber', { caseNumber: document.caseNumber })}</p>
          )}
          <RegistryContactDetails />
          <RequestDocument document={document} />
        </section>
      )}

      {text.data?.text && (
        <details className="document-text">
          <summary>{t('document.text')}</summary>
          <p className="document-text__body">{text.data.text}</p>
        </details>
      )}

      {document.meetings.length > 0 && (
        <section aria-labelledby="meetings-heading">
          <h2 id="meetings-heading">{t('document.meetings')}</h2>
          <ul>
            {document.meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link to={`/moten/${meeting.id}`}>{meeting.title}</Link>
                <span className="meta"> · {formatDateTime(meeting.startsAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <PrivateNotes type="document" id={document.id} anchors />
      {!isPublic && document.canManage && (
        <p>
          <a href={`/api/v1/documents/${document.id}/access-log?format=csv`}>
            {t('reading:access.title')}: {t('reading:access.csv')}
          </a>
        </p>
      )}

      {isPublic && <CommentThread subjectType="document" subjectId={document.id} />}
    </div>
  );
}
