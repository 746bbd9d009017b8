// The live dialogues of one meeting, for the meeting page (/moten/:id): links to each session,
// whose page stays readable after it closes (its approved questions, answers and vote counts
// are part of the meeting's public record: only closed sessions are listed as the archive).
// Renders nothing when the meeting has none.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveSession } from '@shared/schemas/live';
import { StatusBadge } from './LiveParts';
import { useLiveSessions } from './queries';

export function MeetingLiveSessions({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('live');
  const { data: sessions } = useLiveSessions(
    `?meetingId=${encodeURIComponent(meetingId)}&pageSize=20`,
  );
  if (!sessions || sessions.length === 0) return null;
  // Running and coming sessions are not the archive: only closed ones are its record.
  const current = sessions.filter((s) => s.status !== 'closed');
  const archived = sessions.filter((s) => s.status === 'closed');
  const list = (items: LiveSession[]) => (
    <ul>
      {items.map((s) => (
        <li key={s.id}>
          <Link to={`/direkt/${s.id}`}>{s.title}</Link> <StatusBadge session={s} />
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {current.length > 0 && (
        <section aria-labelledby="meeting-live-now-heading">
          <h2 id="meeting-live-now-heading">{t('meetingLive')}</h2>
          {list(current)}
        </section>
      )}
      {archived.length > 0 && (
        <section aria-labelledby="meeting-live-heading">
          <h2 id="meeting-live-heading">{t('record')}</h2>
          {list(archived)}
        </section>
      )}
    </>
  );
}
