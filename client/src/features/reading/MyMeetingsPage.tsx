// /mina-moten: each coming meeting of my bodies (and those I am called in for), the agenda with
// each item's documents — read / unread, supplementary and new since I last looked — the whole
// meeting as one PDF, reporting absence, and my private notes on each item. The documents are
// offered to the service worker for reading offline (offline.ts).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyMeeting } from '@shared/schemas/reading';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { keepForOffline } from './offline';
import { PrivateNotes } from './PrivateNotes';
import { useMyMeetings, useReportAbsence } from './queries';
import './reading.css';

export function MyMeetingsPage() {
  const { t } = useTranslation('reading');
  const { me, loading } = useSession();
  const mine = useMyMeetings(Boolean(me));
  usePageTitle(t('mine.title'));
  useEffect(() => {
    if (mine.data) void keepForOffline(mine.data);
  }, [mine.data]);
  return (
    <div className="page">
      <h1>{t('mine.title')}</h1>
      <p>{t('mine.intro')}</p>
      {!loading && !me && (
        <p>
          <Link to="/logga-in?returnTo=/mina-moten">{t('mine.login')}</Link>
        </p>
      )}
      <ErrorText error={mine.error} />
      {mine.data?.meetings.length === 0 && <p>{t('mine.empty')}</p>}
      {mine.data?.meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} />
      ))}
    </div>
  );
}

function MeetingCard({ meeting }: { meeting: MyMeeting }) {
  const { t, i18n } = useTranslation('reading');
  const report = useReportAbsence(meeting.id);
  const [reason, setReason] = useState('');
  const heading = `my-meeting-${meeting.id}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    report.mutate(reason.trim());
  }
  return (
    <section className="my-meeting card" aria-labelledby={heading}>
      <h2 id={heading}>
        <Link to={`/moten/${meeting.id}`}>{meeting.title}</Link>
      </h2>
      <p className="meta">
        {meeting.bodyName} ·{' '}
        <time dateTime={meeting.startsAt} title={t('mine.when')}>
          {formatDateTime(meeting.startsAt, i18n.language)}
        </time>
        {meeting.location && ` · ${meeting.location}`}
      </p>
      {meeting.role === 'substitute' && <p className="badge">{t('mine.substitute')}</p>}
      <p>
        <a className="button button--secondary" href={`/api/v1/meetings/${meeting.id}/bundle.pdf`}>
          {t('mine.bundle')}
        </a>
      </p>
      <ol className="my-meeting__items">
        {meeting.items.map((item) => (
          <li key={item.id}>
            <h3>{item.title}</h3>
            <ul className="my-meeting__documents">
              {item.documents.map((document) => (
                <li key={document.id}>
                  <Link to={`/handlingar/${document.id}`}>{document.title}</Link>
                  {document.secrecy === 'confidential' && (
                    <span className="badge badge--secret">{t('mine.confidential')}</span>
                  )}
                  <span className={document.read ? 'mark' : 'mark mark--unread'}>
                    {document.read ? t('mine.read') : t('mine.unread')}
                  </span>
                  {document.supplementary && (
                    <span className="mark">{t('mine.supplementary')}</span>
                  )}
                  {document.isNew && <span className="mark mark--new">{t('mine.new')}</span>}
                  {!document.readable && <span className="meta"> {t('mine.notReadable')}</span>}
                </li>
              ))}
            </ul>
            <details>
              <summary>{t('notes.title')}</summary>
              <PrivateNotes type="agendaItem" id={item.id} />
            </details>
          </li>
        ))}
      </ol>
      {meeting.absent ? (
        <p role="status">{t('mine.absent')}</p>
      ) : (
        meeting.role === 'member' && (
          <form onSubmit={submit} className="private-notes__form">
            <label htmlFor={`${heading}-reason`}>{t('mine.reason')}</label>
            <input
              id={`${heading}-reason`}
              value={reason}
              maxLength={200}
              onChange={(e) => setReason(e.target.value)}
            />
            <ErrorText error={report.error} />
            <button type="submit" className="button" disabled={report.isPending}>
              {t('mine.reportAbsence')}
            </button>
          </form>
        )
      )}
    </section>
  );
}
