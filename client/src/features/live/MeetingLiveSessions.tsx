// The live dialogues of one meeting, for the meeting page (/moten/:id): links to each session,
// whose page stays readable after it closes (its approved questions, answers and vote counts
// are part of the meeting's public record). Renders nothing when the meeting has none.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from './LiveParts';
import { useLiveSessions } from './queries';

export function MeetingLiveSessions({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('live');
  const { data: sessions } = useLiveSessions(
    `?meetingId=${encodeURIComponent(meetingId)}&pageSize=20`,
  );
  if (!sessions || sessions.length === 0) return null;
  return (
    <section aria-labelledby="meeting-live-heading">
      <h2 id="meeting-live-heading">{t('record')}</h2>
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            <Link to={`/direkt/${s.id}`}>{s.title}</Link> <StatusBadge session={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}
