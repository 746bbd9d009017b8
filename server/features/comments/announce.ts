// What others see of a change to a comment: `thread:comment` to the thread's room, the comment as
// stored, read after the room's seq was taken. Never-published comments (held, rejected) are not
// the public's business. A subject that has become confidential or unpublished since people
// joined is not announced: its watchers leave the room instead.
import { threadRoom } from '@shared/events/thread';
import type { ThreadSubjectType } from '@shared/schemas/comments';
import type { AppServer } from '../../realtime/io';
import type { Announcer } from '../../realtime/rooms';
import { resolveSubject } from '../subjects';
import { Comment } from './model';
import { presentComment, type StoredComment } from './present';

interface Changed {
  _id: unknown;
  subjectType: ThreadSubjectType;
  subjectId: string;
  published: boolean;
}

export async function announceComment(
  io: AppServer,
  rooms: Announcer,
  changed: Changed,
): Promise<void> {
  if (!changed.published) return;
  const room = threadRoom(changed.subjectType, changed.subjectId);
  const subject = await resolveSubject(changed.subjectType, changed.subjectId);
  if (!subject?.public) {
    io.in(room).socketsLeave(room);
    return;
  }
  const id = String(changed._id);
  await rooms.announce(
    room,
    'thread:comment',
    async () => {
      const stored = await Comment.findById(id).lean<StoredComment>();
      return stored?.published ? presentComment(stored) : null;
    },
    // The room lets a loader join one already waiting for the same event, which suits a room-wide
    // state but would drop this comment in favour of another one's: an `except` list (empty, so
    // everyone in the room still hears it) keeps each comment's announcement its own.
    { except: [] },
  );
}
