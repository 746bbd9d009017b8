// The digital notice board (/anslagstavla): announcements that minutes are approved, with the day
// they were posted and the last day to appeal (laglighetsprövning); ended ones in the archive.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NoticeView } from '@shared/schemas/noticeboard';
import { formatDate } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { usePageTitle } from '../../usePageTitle';
import { useNoticeBoard } from './queries';
import './records.css';

/** The notices as a table on a wide screen and as a list of cards on a phone. */
function NoticeTable({ notices, caption }: { notices: NoticeView[]; caption: string }) {
  const { t, i18n } = useTranslation('records');
  const meetingLink = (notice: NoticeView) => (
    <Link to={`/moten/${notice.meetingId}`}>
      {notice.bodyName}, {formatDate(notice.meetingDate, i18n.language)}
    </Link>
  );
  const minutesLink = (notice: NoticeView) => (
    <Link to={`/handlingar/${notice.documentId}`}>{t('notice.readMinutes')}</Link>
  );
  const day = (value: string) => <time dateTime={value}>{formatDate(value, i18n.language)}</time>;
  return (
    <>
      <table className="notice-table wide-only">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notice.meeting')}</th>
            <th scope="col">{t('notice.minutes')}</th>
            <th scope="col">{t('notice.approved')}</th>
            <th scope="col">{t('notice.posted')}</th>
            <th scope="col">{t('notice.appealEnds')}</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((notice) => (
            <tr key={notice.id}>
              <td>{meetingLink(notice)}</td>
              <td>{minutesLink(notice)}</td>
              <td>{formatDate(notice.approvedOn, i18n.language)}</td>
              <td>{day(notice.postedOn)}</td>
              <td>{day(notice.appealEndsOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="fact-list narrow-only" aria-label={caption}>
        {notices.map((notice) => (
          <li key={notice.id}>
            <strong>{meetingLink(notice)}</strong>
            <dl>
              <dt>{t('notice.minutes')}</dt>
              <dd>{minutesLink(notice)}</dd>
              <dt>{t('notice.approved')}</dt>
              <dd>{formatDate(notice.approvedOn, i18n.language)}</dd>
              <dt>{t('notice.posted')}</dt>
              <dd>{day(notice.postedOn)}</dd>
              <dt>{t('notice.appealEnds')}</dt>
              <dd>{day(notice.appealEndsOn)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

export function NoticeBoard() {
  const { t } = useTranslation('records');
  usePageTitle(t('notice.title'));
  const [showArchive, setShowArchive] = useState(false);
  const current = useNoticeBoard('current');
  const archived = useNoticeBoard('archived', showArchive);
  return (
    <div className="page records">
      <h1>{t('notice.title')}</h1>
      <p className="lead">{t('notice.intro')}</p>
      <p>{t('notice.appealInfo')}</p>
      <section aria-labelledby="notice-current">
        <h2 id="notice-current">{t('notice.current')}</h2>
        {current.isPending && <p>{t('common:loading')}</p>}
        <ErrorText error={current.error} />
        {current.data && current.data.length === 0 && <p>{t('notice.none')}</p>}
        {current.data && current.data.length > 0 && (
          <NoticeTable notices={current.data} caption={t('notice.current')} />
        )}
      </section>
      <section aria-labelledby="notice-archive">
        <h2 id="notice-archive">{t('notice.archive')}</h2>
        {!showArchive ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShowArchive(true)}
          >
            {t('notice.showArchive')}
          </button>
        ) : archived.data && archived.data.length > 0 ? (
          <NoticeTable notices={archived.data} caption={t('notice.archive')} />
        ) : (
          <p>{archived.isPending ? t('common:loading') : t('notice.none')}</p>
        )}
      </section>
    </div>
  );
}
