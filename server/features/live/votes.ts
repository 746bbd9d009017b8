// Votes: one per person and question (unique index), idempotent, can be taken back. The counter
// moves only when a vote row was really inserted or deleted, so concurrent votes on several nodes
// never drift from the stored votes. Broadcasts are batched: a question changed by votes is
// announced at most a few times a second, with its stored count.
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, forbidden } from '../../errors';
import { authorize } from '../../policies/authorize';
import { isBannedFromLive } from '../../policies/live';
import type { AppServer } from '../../realtime/io';
import type { Logger } from '../../logger';
import { emitQuestions, nextSeq } from './broadcast';
import { LiveQuestionModel, LiveVoteModel, type LiveQuestionDoc } from './model';
import { findQuestion } from './questions';
import { findOpenSession } from './sessions';

export const VOTE_BROADCAST_INTERVAL_MS = 250;
const VOTABLE = ['visible', 'answering', 'answered'];

/** Questions whose count changed since the last broadcast (on this node). */
const dirty = new Map<string, string>();

export async function castVote(
  user: CurrentUser | undefined,
  input: { questionId: string; up: boolean },
  ip?: string,
): Promise<{ questionId: string; votes: number; voted: boolean }> {
  authorize(user, () => true);
  const question = await findQuestion(input.questionId);
  const session = await findOpenSession(question.sessionId);
  if (isBannedFromLive(user, session)) throw forbidden('You may no longer vote in this session');
  if (!VOTABLE.includes(question.state)) {
    throw conflict(`A ${question.state} question cannot be voted on`);
  }
  const questionId = String(question._id);
  let delta = 0;
  if (input.up) {
    try {
      await LiveVoteModel.create({ questionId, sessionId: question.sessionId, userId: user.id });
      delta = 1;
    } catch (error) {
      // Voting twice is not an error: the vote is already there.
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  } else {
    const removed = await LiveVoteModel.deleteOne({ questionId, userId: user.id });
    delta = removed.deletedCount === 1 ? -1 : 0;
  }
  let votes = question.votes ?? 0;
  if (delta !== 0) {
    const updated = await LiveQuestionModel.findOneAndUpdate(
      { _id: question._id },
      { $inc: { votes: delta } },
      { new: true },
    ).lean();
    votes = updated?.votes ?? votes + delta;
    await recordAudit({
      actor: user.id,
      action: input.up ? 'live.vote.add' : 'live.vote.remove',
      subject: { type: 'liveQuestion', id: questionId },
      ip,
    });
    dirty.set(questionId, question.sessionId);
  }
  return { questionId, votes, voted: input.up };
}

/** Announces every question whose count changed since the last flush, with its stored state. */
export async function flushVotes(io: AppServer): Promise<void> {
  if (dirty.size === 0) return;
  const batch = [...dirty];
  dirty.clear();
  const stamped: LiveQuestionDoc[] = [];
  for (const [questionId, sessionId] of batch) {
    const seq = await nextSeq(sessionId);
    const stored = (await LiveQuestionModel.findOneAndUpdate(
      { _id: questionId },
      { $max: { seq } },
      { new: true },
    ).lean()) as LiveQuestionDoc | null;
    if (stored) stamped.push(stored);
  }
  await emitQuestions(io, stamped);
}

/** Starts the periodic vote broadcast; returns how to stop it (flushing what is left). */
export function startVoteBroadcasts(io: AppServer, logger: Logger): () => Promise<void> {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = flushVotes(io)
      .catch((error: unknown) => logger.error({ err: error }, 'vote broadcast failed'))
      .finally(() => {
        running = undefined;
      });
  }, VOTE_BROADCAST_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await flushVotes(io).catch(() => undefined);
  };
}
