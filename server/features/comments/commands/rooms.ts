// Watching a thread's room for its live comments: anyone, public subjects only (otherwise 404).
import { threadRoom } from '@shared/events/thread';
import { ThreadSubjectSchema } from '@shared/schemas/comments';
import { roomCommands } from '../../../realtime/room-commands';
import { readableSubject } from '../subject';

export const threadRoomCommands = roomCommands({
  name: 'thread',
  input: ThreadSubjectSchema,
  room: ({ subjectType, subjectId }) => threadRoom(subjectType, subjectId),
  load: ({ subjectType, subjectId }) => readableSubject(subjectType, subjectId),
});
