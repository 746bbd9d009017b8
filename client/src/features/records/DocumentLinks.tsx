// The documents of an agenda item or the minutes: a link to each document's page, the case number,
// and a mark on confidential ones.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingView } from '@shared/schemas/meetings';

type DocumentRef = MeetingView['items'][number]['documents'][number];

export function DocumentLinks({ documents }: { documents: DocumentRef[] }) {
  const { t } = useTranslation('records');
  return (
    <ul className="document-links">
      {documents.map((document) => (
        <li key={document.id}>
          <Link to={`/handlingar/${document.id}`}>{document.title}</Link>
          <span className="meta">
            {' '}
            ({t(`kind.${document.kind}`)}
            {document.caseNumber && `, ${document.caseNumber}`})
          </span>
          {document.secrecy === 'confidential' && (
            <span className="badge badge--secret">{t('document.confidential')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
