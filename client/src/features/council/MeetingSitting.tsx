// What the meeting page shows of the sitting: while it is in session, links to follow it live
// (and for its secretary the console, for a member their device page); afterwards the webcast's
// chapters, one per item taken up ("hoppa till punkt 7").
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingView } from '@shared/schemas/meetings';

/** The webcast at a time: a media fragment (`#t=seconds`), which players and browsers honour. */
const at = (url: string, seconds: number) => `${url.split('#')[0]}#t=${seconds}`;

export function MeetingSitting({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation('council');
  const inSession = meeting.status === 'in_session';
  const chapters = meeting.chapters ?? [];
  return (
    <>
      {(inSession || (meeting.canManage && meeting.status !== 'draft')) && (
        <p className="row-actions">
          {inSession && (
            <Link className="button" to={`/moten/${meeting.id}/direkt`}>
              {t('follow.link')}
            </Link>
          )}
          {inSession && <Link to={`/moten/${meeting.id}/ledamot`}>{t('member.title')}</Link>}
          {meeting.canManage && (
            <Link to={`/sekreterare/moten/${meeting.id}/sammantrade`}>{t('console.title')}</Link>
          )}
        </p>
      )}
      {meeting.status === 'closed' && chapters.length > 0 && (
        <section aria-labelledby="chapters-heading">
          <h2 id="chapters-heading">{t('chapters.heading')}</h2>
          <ul>
            {chapters.map((c) => (
              <li key={`${c.itemId}-${c.at}`}>
                <a
                  href={
                    meeting.streamUrl
                      ? at(meeting.streamUrl, c.offsetSeconds)
                      : `#punkt-${c.itemId}`
                  }
                >
                  {t('chapters.jump', { number: c.number, title: c.title })}
                </a>{' '}
                <span className="meta">
                  ({Math.floor(c.offsetSeconds / 60)}:
                  {String(c.offsetSeconds % 60).padStart(2, '0')})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
