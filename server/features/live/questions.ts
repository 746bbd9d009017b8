// The rules for questions: ask (rate limited, pre-moderated or not), and the officials' marks
// (answering now, one at a time; answered, with an optional written answer).
import { LIVE_ASKS_PER_MINUTE, type MarkPayload, type QuestionState } from '@shared/schemas/live';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, forbidden, notFound, rateLimited } from '../../errors';
import { authorize } from '../../policies/authorize';
import { canMarkLive, isBannedFromLive } from '../../policies/live';
import type { AppServer } from '../../realtime/io';
import { publishQuestion, publishSession } from './broadcast';
import { LiveQuestionModel, LiveSessionModel, op, type LiveQuestionDoc } from './model';
import { findOpenSession } from './sessions';

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
  if (isBannedFromLive(user, session)) throw forbidden('You may no longer ask in this session');
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
  });
  await recordAudit({
    actor: user.id,
    action: 'live.question.ask',
    subject: { type: 'liveQuestion', id: String(question._id) },
    after: { sessionId: input.sessionId, text: input.text, anonymous: question.anonymous },
    ip,
  });
  return (await publishQuestion(io, question)) ?? (question.toObject() as LiveQuestionDoc);
}

/**
 * Marks a question. "Answering" moves the session's one answering slot with a compare-and-set,
 * so two officials clicking at once cannot both be answering; the previous one goes back to the
 * list (or stays answered).
 */
export async function markQuestion(
  io: AppServer,
  user: CurrentUser | undefined,
  input: MarkPayload,
  ip?: string,
): Promise<LiveQuestionDoc> {
  if (!user) authorize(user, () => false);
  const question = await findQuestion(input.questionId);
  const session = await findOpenSession(question.sessionId);
  authorize(user, (u) => canMarkLive(u, session));
  const previous = question.state as QuestionState;
  const sessionId = question.sessionId;
  const id = String(question._id);

  if (input.state === 'answering') {
    if (!['visible', 'answered', 'answering'].includes(previous)) {
      throw conflict(`A ${previous} question cannot be answered`);
    }
    const prevAnswering = session.answeringId ?? undefined;
    if (prevAnswering !== id) {
      const moved = await LiveSessionModel.updateOne(
        { _id: session._id, status: 'open', answeringId: prevAnswering ?? null },
        { $set: { answeringId: id } },
      );
      if (moved.modifiedCount !== 1) throw conflict('Someone else changed what is being answered');
      if (prevAnswering) {
        const back = await LiveQuestionModel.findOneAndUpdate(
          { _id: prevAnswering, state: 'answering' },
          { $set: { state: 'visible' } },
          { new: true },
        ).lean();
        if (back) await publishQuestion(io, back, 'answering');
      }
    }
    await LiveQuestionModel.updateOne({ _id: question._id }, { $set: { state: 'answering' } });
  } else {
    if (!['visible', 'answering', 'answered'].includes(previous)) {
      throw conflict(`A ${previous} question cannot be marked answered`);
    }
    await LiveQuestionModel.updateOne(
      { _id: question._id },
      {
        $set: {
          state: 'answered',
          answeredAt: new Date(),
          answeredBy: user.id,
          ...(input.answer ? { answer: input.answer } : {}),
        },
      },
    );
    await LiveSessionModel.updateOne(
      { _id: session._id, answeringId: id },
      { $unset: { answeringId: 1 } },
    );
  }
  await recordAudit({
    actor: user.id,
    action: `live.question.${input.state}`,
    subject: { type: 'liveQuestion', id },
    before: { state: previous },
    after: { state: input.state, ...(input.answer ? { answer: input.answer } : {}) },
    ip,
  });
  const stored = await publishQuestion(io, question, previous);
  await publishSession(io, sessionId);
  return stored ?? question;
}
