// Followers of a meeting and of its body hear that it was published (a new meeting of the body)
// or changed (time, place), through the notifications front door.
import type { AppContext } from '../../context';
import { notifyFollowers } from '../notifications';
import type { MeetingRecord } from './model';

export async function tellFollowers(
  app: AppContext,
  meeting: MeetingRecord,
  event: 'meeting_published' | 'meeting_changed',
  actorId: string | undefined,
): Promise<void> {
  const id = String(meeting._id);
  await notifyFollowers(
    app,
    [
      { type: 'body', id: meeting.bodyId },
      { type: 'meeting', id },
    ],
    {
      kind: 'followed_activity',
      subject: { type: 'meeting', id, title: meeting.title },
      path: `/moten/${id}`,
      event,
    },
    [actorId],
  );
}
