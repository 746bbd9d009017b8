// Followers of a document and of its body hear that it was registered or changed (through the
// notifications front door). A new document is news to the body's followers; a change, to the
// document's followers too.
import type { AppContext } from '../../context';
import { notifyFollowers, type FollowTarget } from '../notifications';
import type { DocumentRecord } from './model';

export async function tellFollowers(
  app: AppContext,
  document: DocumentRecord,
  event: 'document_published' | 'document_changed',
  actorId: string | undefined,
): Promise<void> {
  const id = String(document._id);
  const targets: FollowTarget[] = [{ type: 'body', id: document.bodyId }];
  if (event === 'document_changed') targets.push({ type: 'document', id });
  await notifyFollowers(
    app,
    targets,
    {
      kind: 'followed_activity',
      subject: { type: 'document', id, title: document.title },
      path: `/handlingar/${id}`,
      event,
    },
    [actorId],
  );
}
