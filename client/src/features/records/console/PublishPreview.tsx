// The notice (kallelse) as everyone will see it once published: title, body, time, place and the
// agenda with its documents.
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '@shared/schemas/meetings';
import { formatDateTime } from '../../../dates';

/** The notice as everyone will see it, before it is published. */
export function PublishPreview({ meeting }: { meeting: MeetingView }) {
  const { t, i18n } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  return (
    <section className="console-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{tw('console.publish.heading')}</h2>
      <p>{tw('console.publish.intro')}</p>
      <p>
        <strong>{meeting.title}</strong>
      </p>
      <p className="meta">
        {meeting.bodyName} · {formatDateTime(meeting.startsAt, i18n.language)}
        {meeting.location ? ` · ${meeting.location}` : ''}
      </p>
      {meeting.items.length === 0 ? (
        <p>{t('editor.emptyAgenda')}</p>
      ) : (
        <ol className="agenda">
          {meeting.items.map((item) => (
            <li key={item.id}>
              § {item.number} {item.title}
              {item.documents.length > 0 && (
                <ul className="document-links">
                  {item.documents.map((d) => (
                    <li key={d.id}>{d.title}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
