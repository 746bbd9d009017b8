// How live commands load their subject: a session, or a question with its session. The session
// carries the body (its meeting's body, none for a session without a meeting) that every live
// policy judges by.
import type { LiveSubject } from '../../policies/live';
import type { LiveQuestionDoc, LiveSessionDoc } from './model';
import { findQuestion } from './questions';
import { cachedQuestion, cachedSession } from './read-cache';
import { findSession } from './sessions';

export interface QuestionSubject {
  question: LiveQuestionDoc;
  session: LiveSessionDoc;
}

/** The question and its session as stored now (404 for an unknown question). */
export async function loadQuestion(id: string): Promise<QuestionSubject> {
  const question = await findQuestion(id);
  return { question, session: await findSession(question.sessionId) };
}

/**
 * The question and its session for a vote, from the one-second read cache: at a thousand votes a
 * second these two reads were most of the database's work (see read-cache.ts).
 */
export async function loadVoteSubject(id: string): Promise<QuestionSubject> {
  const question = await cachedQuestion(id, () => findQuestion(id));
  const session = await cachedSession(question.sessionId, () => findSession(question.sessionId));
  return { question, session };
}

export { findSession as loadSession } from './sessions';

/** What the live policies judge a session by: its body, its officials, its bans. */
export const subjectOf = (session: LiveSessionDoc): LiveSubject => ({
  bodyId: session.bodyId ?? null,
  officialIds: session.officialIds,
  bans: session.bans,
});
