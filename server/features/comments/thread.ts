// Reading a thread: a page of top-level comments (cursor, 50 a page, in the chosen order) with
// all their replies. Indexes on subject + sort keys keep this fast for threads of thousands.
import mongoose, { trusted } from 'mongoose';
import {
  COMMENT_LIMITS,
  type ThreadPage,
  type ThreadSort,
  type ThreadSubjectType,
} from '@shared/schemas/comments';
import { validationFailed } from '../../errors';
import { isObjectId } from '../../db/ids';
import type { CurrentUser } from '../../auth/current-user';
import type { SubjectInfo } from '../subjects';
import { Comment } from './model';
import { premoderated } from './moderation-model';
import { presentComments, type StoredComment } from './present';

/** Replies loaded with one page, at most; a branch beyond this is cut (documented). */
const MAX_REPLIES_PER_PAGE = 2_000;

interface Cursor {
  value: number;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'number' &&
      typeof parsed[1] === 'string' &&
      isObjectId(parsed[1])
    ) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the 400 below
  }
  throw validationFailed('cursor: invalid', [{ path: 'cursor', message: 'invalid' }]);
}

function sortOf(sort: ThreadSort): Record<string, 1 | -1> {
  if (sort === 'newest') return { createdAt: -1, _id: -1 };
  if (sort === 'agreed') return { agreeCount: -1, _id: 1 };
  return { createdAt: 1, _id: 1 };
}

function afterCursor(sort: ThreadSort, cursor: Cursor): Record<string, unknown> {
  const id = new mongoose.Types.ObjectId(cursor.id);
  if (sort === 'agreed') {
    return {
      $or: [
        { agreeCount: trusted({ $lt: cursor.value }) },
        { agreeCount: cursor.value, _id: trusted({ $gt: id }) },
      ],
    };
  }
  const at = new Date(cursor.value);
  const cmp = sort === 'newest' ? '$lt' : '$gt';
  return {
    $or: [{ createdAt: trusted({ [cmp]: at }) }, { createdAt: at, _id: trusted({ [cmp]: id }) }],
  };
}

function cursorOf(sort: ThreadSort, comment: StoredComment): Cursor {
  return {
    value: sort === 'agreed' ? comment.agreeCount : comment.createdAt.getTime(),
    id: String(comment._id),
  };
}

/** A page of the thread of `subject` (already known to be readable). */
export async function listThread(
  subjectType: ThreadSubjectType,
  subject: SubjectInfo,
  options: { sort: ThreadSort; cursor?: string },
  viewer: CurrentUser | undefined,
): Promise<ThreadPage> {
  const subjectId = subject.id;
  const base = { subjectType, subjectId, parentId: null, published: true };
  const filter = options.cursor
    ? { ...base, ...afterCursor(options.sort, decodeCursor(options.cursor)) }
    : base;
  const roots = await Comment.find(filter)
    .sort(sortOf(options.sort))
    .limit(COMMENT_LIMITS.pageSize + 1)
    .lean<StoredComment[]>();
  const hasMore = roots.length > COMMENT_LIMITS.pageSize;
  const page = roots.slice(0, COMMENT_LIMITS.pageSize);
  const replies = page.length
    ? await Comment.find({
        rootId: trusted({ $in: page.map((c) => String(c._id)) }),
        parentId: trusted({ $ne: null }),
        published: true,
      })
        .sort({ createdAt: 1, _id: 1 })
        .limit(MAX_REPLIES_PER_PAGE)
        .lean<StoredComment[]>()
    : [];
  const [total, premoderation] = await Promise.all([
    Comment.countDocuments({ subjectType, subjectId, published: true }),
    premoderated(subject.bodyId),
  ]);
  const last = page.at(-1);
  return {
    data: await presentComments([...page, ...replies], viewer),
    total,
    nextCursor: hasMore && last ? encodeCursor(cursorOf(options.sort, last)) : null,
    premoderation,
    commentable: subject.commentable,
  };
}
