// Presenters: a comment as the public (or its author, or a moderator) may see it. Whitelists
// fields; a raw document never leaves the server. Names are resolved here, never stored.
import type { Comment as PresentedComment } from '@shared/schemas/comments';
import { trusted } from 'mongoose';
import { loadAuthorNames } from '../../auth/authors';
import { bodyName } from '../bodies';
import { CommentAgreement, type CommentFields } from './model';

export type StoredComment = CommentFields & { _id: unknown };

interface Viewer {
  id: string;
}

/** Names of the (few) bodies officials spoke for on a page, one read each. */
async function bodyNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = await Promise.all(unique.map((id) => bodyName(id)));
  return new Map(unique.flatMap((id, i) => (names[i] === undefined ? [] : [[id, names[i]]])));
}

/** Whether the content is shown to this viewer. */
function showsContent(comment: StoredComment, mine: boolean): boolean {
  return comment.state === 'visible' || (comment.state === 'pending' && mine);
}

export async function presentComments(
  comments: StoredComment[],
  viewer?: Viewer,
  seq = 0,
): Promise<PresentedComment[]> {
  if (comments.length === 0) return [];
  const names = await loadAuthorNames(comments.map((c) => c.authorId));
  const bodies = await bodyNames(comments.flatMap((c) => (c.official ? [c.official.bodyId] : [])));
  const agreed = new Set<string>();
  if (viewer) {
    const rows = await CommentAgreement.find(
      { userId: viewer.id, commentId: trusted({ $in: comments.map((c) => String(c._id)) }) },
      { commentId: 1 },
    ).lean();
    for (const row of rows) agreed.add(row.commentId);
  }
  return comments.map((c) => {
    const id = String(c._id);
    const mine = viewer?.id === c.authorId;
    const shown = showsContent(c, mine);
    const official = shown && c.official ? c.official : undefined;
    return {
      id,
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      body: shown ? c.body : '',
      parentId: c.parentId ?? null,
      replyToId: c.replyToId ?? null,
      depth: c.depth,
      author: {
        // Tombstones keep the thread's shape but not who wrote what was removed.
        displayName: shown ? (names.get(c.authorId)?.displayName ?? '') : '',
        official: Boolean(official),
        ...(official
          ? {
              officialDetails: {
                bodyId: official.bodyId,
                bodyName: bodies.get(official.bodyId) ?? '',
                ...(official.party ? { party: official.party } : {}),
                ...(official.position ? { position: official.position } : {}),
              },
            }
          : {}),
      },
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt ? c.editedAt.toISOString() : null,
      state: c.state,
      ...(c.state === 'hidden' && c.moderation
        ? { moderation: { rule: c.moderation.rule, reason: c.moderation.reason } }
        : {}),
      agreeCount: c.agreeCount,
      seq,
      mine,
      agreedByMe: agreed.has(id),
    };
  });
}

export async function presentComment(
  comment: StoredComment,
  viewer?: Viewer,
  seq = 0,
): Promise<PresentedComment> {
  const [presented] = await presentComments([comment], viewer, seq);
  return presented!;
}
