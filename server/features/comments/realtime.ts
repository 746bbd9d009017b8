// Live threads: a per-thread sequence number (so a client that reconnects can tell it missed
// something and reload), the broadcast of a changed comment after the write, and the
// thread:join / thread:leave socket events.
import mongoose, { Schema } from 'mongoose';
import { ThreadSubjectSchema } from '@shared/schemas/comments';
import { threadRoom } from '@shared/events/thread';
import type { AppContext } from '../../context';
import type { AppServer } from '../../realtime/io';
import { legacySocketEvent } from '../../realtime/handle';
import { presentComment, type StoredComment } from './present';
import { resolveSubject } from '../subjects';
import { readableSubject } from './subject';

const threadSeqSchema = new Schema(
  { key: { type: String, required: true, unique: true }, seq: { type: Number, default: 0 } },
  { versionKey: false },
);
const ThreadSeq = mongoose.model('CommentThreadSeq', threadSeqSchema);

const seqKey = (subjectType: string, subjectId: string) => `${subjectType}:${subjectId}`;

async function nextSeq(subjectType: string, subjectId: string): Promise<number> {
  const row = await ThreadSeq.findOneAndUpdate(
    { key: seqKey(subjectType, subjectId) },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return row?.seq ?? 0;
}

export async function currentSeq(subjectType: string, subjectId: string): Promise<number> {
  const row = await ThreadSeq.findOne({ key: seqKey(subjectType, subjectId) }).lean();
  return row?.seq ?? 0;
}

/**
 * Tells everyone viewing the thread about a comment that changed (already written). Comments
 * that were never published (pending, rejected) are not the public's business.
 */
export async function broadcastComment(io: AppServer, comment: StoredComment): Promise<void> {
  if (!comment.published) return;
  const room = threadRoom(comment.subjectType, comment.subjectId);
  // A subject may have become confidential or unpublished since people joined: its watchers
  // leave the room instead of hearing about it.
  const subject = await resolveSubject(comment.subjectType, comment.subjectId);
  if (!subject?.public) {
    io.in(room).socketsLeave(room);
    return;
  }
  const seq = await nextSeq(comment.subjectType, comment.subjectId);
  const presented = await presentComment(comment, undefined, seq);
  io.to(room).emit('thread:comment', presented);
}

export function threadEvents(ctx: AppContext): Array<ReturnType<typeof legacySocketEvent>> {
  return [
    // Anyone may watch a public thread; the subject decides what is public.
    legacySocketEvent(ctx, 'thread:join', ThreadSubjectSchema, async (socket, input) => {
      await readableSubject(input.subjectType, input.subjectId);
      await socket.join(threadRoom(input.subjectType, input.subjectId));
      return { seq: await currentSeq(input.subjectType, input.subjectId) };
    }),
    legacySocketEvent(ctx, 'thread:leave', ThreadSubjectSchema, async (socket, input) => {
      await socket.leave(threadRoom(input.subjectType, input.subjectId));
      return { seq: await currentSeq(input.subjectType, input.subjectId) };
    }),
  ];
}
