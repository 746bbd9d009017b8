// The moderators' actions on a question: approve, reject (with reason), edit a typo (marked
// edited), merge a duplicate into another question (votes combine, nobody counted twice) and ban
// the question's author from the session (with reason).
import type { ModeratePayload, QuestionState } from '@shared/schemas/live';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, validationFailed } from '../../errors';
import { authorize } from '../../policies/authorize';
import { canModerateLive } from '../../policies/live';
import type { AppServer } from '../../realtime/io';
import { publishQuestion, publishSession } from './broadcast';
import {
  LiveQuestionModel,
  LiveSessionModel,
  LiveVoteModel,
  op,
  type LiveQuestionDoc,
} from './model';
import { findQuestion } from './questions';
import { findOpenSession } from './sessions';

/** Moves a state with a compare-and-set; a question that changed meanwhile is a conflict. */
async function moveState(
  question: LiveQuestionDoc,
  from: QuestionState[],
  set: Record<string, unknown>,
): Promise<void> {
  const changed = await LiveQuestionModel.updateOne(
    { _id: question._id, state: op({ $in: from }) },
    { $set: set },
  );
  if (changed.matchedCount !== 1) {
    throw conflict(`The question is ${question.state}; it cannot be changed this way`);
  }
}

/**
 * Votes of `source` become votes of `target`: each voter is inserted once (the unique index on
 * (questionId, userId) drops people who voted for both) and the target's counter moves only for
 * votes really inserted. Repeats until the source has no votes left, so a vote that slipped in
 * while merging is moved too.
 */
async function moveVotes(source: LiveQuestionDoc, target: LiveQuestionDoc): Promise<void> {
  const sourceId = String(source._id);
  const targetId = String(target._id);
  for (let round = 0; round < 10; round++) {
    const votes = await LiveVoteModel.find({ questionId: sourceId }).limit(5000).lean();
    if (votes.length === 0) break;
    let inserted = 0;
    for (const vote of votes) {
      try {
        await LiveVoteModel.create({
          questionId: targetId,
          sessionId: target.sessionId,
          userId: vote.userId,
        });
        inserted += 1;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
    }
    await LiveVoteModel.deleteMany({ _id: op({ $in: votes.map((v) => v._id) }) });
    if (inserted > 0) {
      await LiveQuestionModel.updateOne({ _id: target._id }, { $inc: { votes: inserted } });
    }
  }
  await LiveQuestionModel.updateOne({ _id: source._id }, { $set: { votes: 0 } });
}

export async function moderateQuestion(
  io: AppServer,
  user: CurrentUser | undefined,
  input: ModeratePayload,
  ip?: string,
): Promise<LiveQuestionDoc> {
  authorize(user, canModerateLive);
  const question = await findQuestion(input.questionId);
  const session = await findOpenSession(question.sessionId);
  const previous = question.state as QuestionState;
  const audit = (action: string, after: unknown) =>
    recordAudit({
      actor: user.id,
      action: `live.question.${action}`,
      subject: { type: 'liveQuestion', id: String(question._id) },
      before: { state: previous },
      after,
      ip,
    });

  switch (input.decision) {
    case 'approve':
      await moveState(question, ['pending', 'rejected'], { state: 'visible' });
      await audit('approve', { state: 'visible' });
      break;
    case 'reject':
      await moveState(question, ['pending', 'visible'], {
        state: 'rejected',
        ...(input.reason ? { reason: input.reason } : {}),
      });
      await audit('reject', { state: 'rejected', reason: input.reason });
      break;
    case 'edit':
      await moveState(question, ['pending', 'visible', 'answering', 'answered', 'rejected'], {
        text: input.text,
        edited: true,
      });
      await audit('edit', { text: input.text, before: question.text });
      break;
    case 'merge': {
      if (input.intoId === input.questionId) {
        throw validationFailed('intoId: cannot merge a question into itself');
      }
      const target = await findQuestion(input.intoId);
      if (target.sessionId !== question.sessionId) {
        throw validationFailed('intoId: the questions belong to different sessions');
      }
      if (!['pending', 'visible', 'answering', 'answered'].includes(target.state)) {
        throw conflict(`Cannot merge into a ${target.state} question`);
      }
      await moveState(question, ['pending', 'visible'], {
        state: 'merged',
        mergedInto: input.intoId,
      });
      await moveVotes(question, target);
      await audit('merge', { state: 'merged', mergedInto: input.intoId });
      await publishQuestion(io, target, target.state as QuestionState);
      break;
    }
    case 'ban': {
      const banned = await LiveSessionModel.updateOne(
        { _id: session._id, 'bans.userId': op({ $ne: question.authorId }) },
        {
          $push: {
            bans: { userId: question.authorId, reason: input.reason, by: user.id, at: new Date() },
          },
        },
      );
      if (banned.modifiedCount === 1) {
        await recordAudit({
          actor: user.id,
          action: 'live.participant.ban',
          subject: { type: 'liveSession', id: question.sessionId },
          after: { userId: question.authorId, reason: input.reason, questionId: input.questionId },
          ip,
        });
      }
      // The question that led to the ban leaves the public list too.
      if (previous === 'pending' || previous === 'visible') {
        await moveState(question, [previous], { state: 'rejected', reason: input.reason });
        await audit('reject', { state: 'rejected', reason: input.reason });
      }
      await publishSession(io, question.sessionId);
      break;
    }
  }
  return (await publishQuestion(io, question, previous)) ?? question;
}
