// Presenters: the whitelisted JSON shapes of sessions and questions. The public view hides the
// author of anonymous questions and every moderation detail; the moderators' view shows both.
import type { LiveQuestion, LiveSession } from '@shared/schemas/live';
import { loadAuthorNames } from '../../auth/authors';
import type { LiveQuestionDoc, LiveSessionDoc } from './model';

export type Audience = 'public' | 'moderator';

// Names of the people in a live session, kept for a few seconds: every broadcast presents its
// authors, and a session's authors are the same few hundred people over and over. (An erased
// identity shows as the pseudonym within NAME_TTL_MS.)
const NAME_TTL_MS = 10_000;
const nameCache = new Map<string, { name: { displayName: string }; at: number }>();

export async function authorNames(
  ids: Iterable<string>,
): Promise<Map<string, { displayName: string }>> {
  const now = Date.now();
  const result = new Map<string, { displayName: string }>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const cached = nameCache.get(id);
    if (cached && now - cached.at < NAME_TTL_MS) result.set(id, cached.name);
    else missing.push(id);
  }
  if (missing.length > 0) {
    if (nameCache.size > 50_000) nameCache.clear();
    for (const [id, name] of await loadAuthorNames(missing)) {
      nameCache.set(id, { name, at: now });
      result.set(id, name);
    }
  }
  return result;
}

export async function presentSession(session: LiveSessionDoc, seq: number): Promise<LiveSession> {
  const names = await authorNames(session.officialIds ?? []);
  return {
    id: String(session._id),
    title: session.title,
    status: session.status,
    ...(session.meetingId ? { meetingId: session.meetingId } : {}),
    ...(session.agendaItemId ? { agendaItemId: session.agendaItemId } : {}),
    premoderation: session.premoderation,
    ...(session.streamUrl ? { streamUrl: session.streamUrl } : {}),
    officials: (session.officialIds ?? []).map((id) => ({
      id,
      displayName: names.get(id)?.displayName ?? '',
    })),
    ...(session.answeringId ? { answeringId: session.answeringId } : {}),
    ...(session.openedAt ? { openedAt: session.openedAt.toISOString() } : {}),
    ...(session.closedAt ? { closedAt: session.closedAt.toISOString() } : {}),
    createdAt: (session as { createdAt?: Date }).createdAt?.toISOString() ?? '',
    seq,
  };
}

export function presentQuestion(
  question: LiveQuestionDoc,
  names: Map<string, { displayName: string }>,
  audience: Audience,
): LiveQuestion {
  const showAuthor = audience === 'moderator' || !question.anonymous;
  const author = names.get(question.authorId);
  const answerer = question.answeredBy ? names.get(question.answeredBy) : undefined;
  const answeredBy =
    question.state === 'answered' && answerer
      ? {
          displayName: answerer.displayName,
          ...(question.answeredByBody ? { body: question.answeredByBody } : {}),
        }
      : undefined;
  return {
    id: String(question._id),
    sessionId: question.sessionId,
    // A question the public never saw (or that was removed) keeps its text for moderators only.
    text:
      audience === 'public' && (question.state === 'rejected' || question.state === 'pending')
        ? ''
        : question.text,
    ...(showAuthor && author ? { author: { displayName: author.displayName } } : {}),
    ...(audience === 'moderator' ? { anonymous: question.anonymous ?? false } : {}),
    votes: question.votes ?? 0,
    state: question.state,
    seq: question.seq ?? 0,
    edited: question.edited ?? false,
    ...(question.answer ? { answer: question.answer } : {}),
    ...(question.mergedInto ? { mergedInto: question.mergedInto } : {}),
    ...(audience === 'moderator' && question.reason ? { reason: question.reason } : {}),
    createdAt: question.createdAt.toISOString(),
    ...(question.answeredAt ? { answeredAt: question.answeredAt.toISOString() } : {}),
    ...(answeredBy ? { answeredBy } : {}),
  };
}

/** The author's own view of their question: their name, the moderation reason, the text. */
export function presentOwnQuestion(
  question: LiveQuestionDoc,
  names: Map<string, { displayName: string }>,
): LiveQuestion {
  return presentQuestion(question, names, 'moderator');
}

/** Everyone a presented question names: its author and who answered it. */
export const namedIn = (questions: LiveQuestionDoc[]): string[] =>
  questions.flatMap((q) => (q.answeredBy ? [q.authorId, q.answeredBy] : [q.authorId]));

export async function presentQuestions(
  questions: LiveQuestionDoc[],
  audience: Audience,
): Promise<LiveQuestion[]> {
  const names = await authorNames(namedIn(questions));
  return questions.map((q) => presentQuestion(q, names, audience));
}
