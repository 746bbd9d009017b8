// The rules for questions: ask (rate limited, pre-moderated or not), and the officials' marks
// (answering now, one at a time; answered, with an optional written answer).
import { LIVE_ASKS_PER_MINUTE, type MarkPayload, type QuestionState } from '@shared/schemas/live';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, forbidden, notFound, rateLimited, unauthenticated } from '../../errors';
import { authorize } from '../../policies/authorize';
import { canMarkLive, isBannedFromLive } from '../../policies/live';
import type { AppServer } from '../../realtime/io';
import { changeQuestion, nextSeq, publishQuestion, publishSession } from './broadcast';
import { withLock } from '../../db/lock';
import { LiveQuestionModel, LiveSessionModel, op, type LiveQuestionDoc } from './model';
import { findOpenSession, liveSubject } from './sessions';

const isId = (id: string) => /^[0-9a-f]{24}$/i.test(id);

export async function findQuestion(id: string): Promise<LiveQuestionDoc> {
  if (!isId(id)) throw notFound('No such question');
  const question = (await LiveQuestionModel.findById(id).lean()) as LiveQuestionDoc | null;
  if (!question) throw notFound('No such question');
  return question;
}

export async function askQuestion(
  io: AppServer,
  user: CurrentUser | undefined,
  input: { sessionId: string; text: string; anonymous?: boolean },
  ip?: string,
): Promise<LiveQuestionDoc> {
  authorize(user, () => true);
  const session = await findOpenSession(input.sessionId);
  if (isBannedFromLive(user, liveSubject(session)))
    throw forbidden('You may no longer ask in this session');
  const since = new Date(Date.now() - 60_000);
  const recent = await LiveQuestionModel.countDocuments({
    authorId: user.id,
    createdAt: op({ $gt: since }),
  });
  if (recent >= LIVE_ASKS_PER_MINUTE) {
    throw rateLimited(`At most ${LIVE_ASKS_PER_MINUTE} questions a minute`);
  }
  const question = await LiveQuestionModel.create({
    sessionId: input.sessionId,
    authorId: user.id,
    anonymous: input.anonymous ?? false,
    text: input.text,
    state: session.premoderation ? 'pending' : 'visible',
    seq: await nextSeq(input.sessionId),
  });
  await recordAudit({
    actor: user.id,
    action: 'live.question.ask',
    subject: { type: 'liveQuestion', id: String(question._id) },
    after: { sessionId: input.sessionId, text: input.text, anonymous: question.anonymous },
    ip,
  });
  return publishQuestion(io, question.toObject());
}

/**
 * Marks a question: "answering" takes the session's one answering slot (the question holding it
 * before goes back to the list); "answered" frees the slot and may carry a written answer.
 */
export async function markQuestion(
  io: AppServer,
  user: CurrentUser | undefined,
  input: MarkPayload,
  ip?: string,
): Promise<LiveQuestionDoc> {
  if (!user) throw unauthenticated();
  const question = await findQuestion(input.questionId);
  const session = await findOpenSession(question.sessionId);
  authorize(user, (u) => canMarkLive(u, liveSubject(session)));
  const previous = question.state;
  const sessionId = question.sessionId;
  const id = String(question._id);

  let stored: LiveQuestionDoc | null;
  if (input.state === 'answering') {
    const movable: QuestionState[] = ['visible', 'answered', 'answering'];
    if (!movable.includes(previous)) throw conflict(`A ${previous} question cannot be answered`);
    const prevAnswering = await moveAnsweringSlot(sessionId, session.answeringId ?? undefined, id);
    if (prevAnswering) {
      const back = await changeQuestion(
        { _id: prevAnswering, sessionId },
        { state: 'answering' },
        { state: 'visible' },
      );
      if (back) await publishQuestion(io, back, 'answering');
    }
    stored = await changeQuestion(
      question,
      { state: op({ $in: movable }) },
      {
        state: 'answering',
      },
    );
  } else {
    const markable: QuestionState[] = ['visible', 'answering', 'answered'];
    if (!markable.includes(previous)) {
      throw conflict(`A ${previous} question cannot be marked answered`);
    }
    stored = await changeQuestion(
      question,
      { state: op({ $in: markable }) },
      {
        state: 'answered',
        answeredAt: new Date(),
        answeredBy: user.id,
        ...(input.answer ? { answer: input.answer } : {}),
      },
    );
    await withLock(`session:${sessionId}`, () =>
      LiveSessionModel.updateOne(
        { _id: sessionId, answeringId: id },
        { $unset: { answeringId: 1 } },
      ),
    );
  }
  if (!stored) throw conflict('The question changed meanwhile');
  await recordAudit({
    actor: user.id,
    action: `live.question.${input.state}`,
    subject: { type: 'liveQuestion', id },
    before: { state: previous },
    after: { state: input.state, ...(input.answer ? { answer: input.answer } : {}) },
    ip,
  });
  await publishQuestion(io, stored, previous);
  await publishSession(io, sessionId);
  return stored;
}

/**
 * Moves the session's one "answering" slot to `questionId` with a compare-and-set under the
 * session's lock, so two officials clicking at once cannot both be answering. Returns the
 * question that held the slot before (if another).
 */
async function moveAnsweringSlot(
  sessionId: string,
  expected: string | undefined,
  questionId: string,
): Promise<string | undefined> {
  if (expected === questionId) return undefined;
  const moved = await withLock(`session:${sessionId}`, () =>
    LiveSessionModel.updateOne(
      { _id: sessionId, status: 'open', answeringId: expected ?? null },
      { $set: { answeringId: questionId } },
    ),
  );
  if (moved.modifiedCount !== 1) throw conflict('Someone else changed what is being answered');
  return expected;
}
