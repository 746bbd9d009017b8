// The moderators' actions on a question: approve, reject (with reason), edit a typo (marked
// edited), merge a duplicate into another question (votes combine, nobody counted twice) and ban
// the question's author from the session (with reason). The command (commands/moderate.ts)
// authorizes, audits (the entries drafted here) and announces.
import type { ModeratePayload, QuestionState } from '@shared/schemas/live';
import type { AuditDraft } from '../../commands/define';
import { conflict, validationFailed } from '../../errors';
import { changeQuestion, type QuestionChange } from './broadcast';
import { withLock } from '../../db/lock';
import {
  LiveSessionModel,
  LiveVoteModel,
  op,
  type LiveQuestionDoc,
  type LiveSessionDoc,
} from './model';
import { adjustCount } from './votes';
import { insertVote } from './vote-rows';
import { findQuestion } from './questions';

/** Changes a question that is still in one of `from`; a question changed meanwhile is a conflict. */
async function moveState(
  question: LiveQuestionDoc,
  from: QuestionState[],
  set: Record<string, unknown>,
): Promise<LiveQuestionDoc> {
  const changed = await changeQuestion(question, { state: op({ $in: from }) }, set);
  if (!changed) throw conflict(`The question is ${question.state}; it cannot be changed this way`);
  return changed;
}

/**
 * Votes of `source` become votes of `target`: each voter is inserted once (a person who voted for
 * both keeps one vote) and the counters move only for rows really inserted or deleted. Repeats
 * until the source has no votes left, so a vote that slipped in while merging is moved too.
 */
async function moveVotes(source: LiveQuestionDoc, target: LiveQuestionDoc): Promise<void> {
  const sourceId = String(source._id);
  const targetId = String(target._id);
  for (let round = 0; round < 10; round++) {
    const votes = await LiveVoteModel.find({ questionId: sourceId }).limit(5000).lean();
    if (votes.length === 0) break;
    let inserted = 0;
    let deleted = 0;
    for (const vote of votes) {
      if (await insertVote(targetId, target.sessionId, vote.userId)) inserted += 1;
      deleted += (await LiveVoteModel.deleteOne({ _id: vote._id })).deletedCount;
    }
    adjustCount(targetId, target.sessionId, inserted);
    adjustCount(sourceId, source.sessionId, -deleted);
  }
}

/** What a moderation did: the questions it changed, its audit entries, whether the session changed. */
export interface Moderation {
  question: LiveQuestionDoc;
  changes: QuestionChange[];
  audits: AuditDraft[];
  sessionChanged: boolean;
}

export async function moderateQuestion(
  question: LiveQuestionDoc,
  session: LiveSessionDoc,
  moderatorId: string,
  input: ModeratePayload,
): Promise<Moderation> {
  const previous = question.state;
  const audits: AuditDraft[] = [];
  const audit = (action: string, after: unknown) =>
    audits.push({
      action: `live.question.${action}`,
      subject: { type: 'liveQuestion', id: String(question._id) },
      before: { state: previous },
      after,
    });

  let stored: LiveQuestionDoc | undefined;
  let sessionChanged = false;
  switch (input.decision) {
    case 'approve':
      stored = await moveState(question, ['pending', 'rejected'], { state: 'visible' });
      audit('approve', { state: 'visible' });
      break;
    case 'reject':
      stored = await moveState(question, ['pending', 'visible'], {
        state: 'rejected',
        ...(input.reason ? { reason: input.reason } : {}),
      });
      audit('reject', { state: 'rejected', reason: input.reason });
      break;
    case 'edit':
      stored = await moveState(
        question,
        ['pending', 'visible', 'answering', 'answered', 'rejected'],
        { text: input.text, edited: true },
      );
      audit('edit', { text: input.text, before: question.text });
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
      stored = await moveState(question, ['pending', 'visible'], {
        state: 'merged',
        mergedInto: input.intoId,
      });
      await moveVotes(question, target);
      audit('merge', { state: 'merged', mergedInto: input.intoId });
      // The combined counts are announced by the vote broadcast.
      break;
    }
    case 'ban': {
      const banned = await withLock(`session:${question.sessionId}`, async () => {
        const current = await LiveSessionModel.findById(session._id, { bans: 1 }).lean();
        if (current?.bans?.some((b) => b.userId === question.authorId)) return false;
        const ban = {
          userId: question.authorId,
          reason: input.reason,
          by: moderatorId,
          at: new Date(),
        };
        await LiveSessionModel.updateOne({ _id: session._id }, { $push: { bans: ban } });
        return true;
      });
      if (banned) {
        audits.push({
          action: 'live.participant.ban',
          subject: { type: 'liveSession', id: question.sessionId },
          after: { userId: question.authorId, reason: input.reason, questionId: input.questionId },
        });
      }
      // The question that led to the ban leaves the public list too.
      if (previous === 'pending' || previous === 'visible') {
        stored = await moveState(question, [previous], { state: 'rejected', reason: input.reason });
        audit('reject', { state: 'rejected', reason: input.reason });
      }
      sessionChanged = true;
      break;
    }
  }
  return {
    question: stored ?? question,
    changes: stored ? [{ question: stored, previous }] : [],
    audits,
    sessionChanged,
  };
}
