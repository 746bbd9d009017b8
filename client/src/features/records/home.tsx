// The records feature's section on the start page: the coming meetings.
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates';
import { useMeetings } from './queries';
import './records.css';

function UpcomingMeetings() {
  const { t, i18n } = useTranslation('records');
  const meetings = useMeetings('when=upcoming&pageSize=5');
  return (
    <section aria-labelledby="home-upcoming" className="home-section">
      <h2 id="home-upcoming">{t('home.upcoming')}</h2>
      {meetings.data?.data.length === 0 && <p>{t('home.none')}</p>}
      <ul className="card-list">
        {meetings.data?.data.map((meeting) => (
          <li key={meeting.id} className="card meeting-card">
            <p className="meta">
              <time dateTime={meeting.startsAt}>
                {formatDateTime(meeting.startsAt, i18n.language)}
              </time>
              {' · '}
              {meeting.bodyName}
            </p>
            <h3>
              <Link to={`/moten/${meeting.id}`}>{meeting.title}</Link>
            </h3>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/moten">{t('home.all')}</Link>
      </p>
    </section>
  );
}

export const recordsHomeSections: ComponentType[] = [UpcomingMeetings];
