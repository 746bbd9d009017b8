// The comment thread under a document, agenda item or proposal.
import type { ThreadSubjectType } from '@shared/events/thread';

export function CommentThread(_props: { subjectType: ThreadSubjectType; subjectId: string }) {
  return null;
}
