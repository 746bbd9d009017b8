// A vote on a live question (`live:vote { questionId, up }`): every signed-in person who is not
// banned from the session (canParticipateLive) votes once per question on a question that is still
// votable (not yet answered), in an open session; `up: false` takes the vote back. One write of
// the vote row per vote, whose _id is the person and the question (a second vote changes
// nothing). The count is not announced per vote: this node collects the changes and, four times
// a second, stores and announces each changed question's count (votes.ts), and writes one audit
// entry per session listing who voted on what.
import { VotePayloadSchema, type VoteResult } from '@shared/schemas/live';
import { defineCommand } from '../../../commands/define';
import { conflict } from '../../../errors';
import { canParticipateLive } from '../../../policies/live';
import { loadVoteSubject, subjectOf } from '../load';
import { assertOpen } from '../sessions';
import { auditVote, knownCount, storeVote } from '../votes';

/** Answered, pending, rejected and merged questions take no votes. */
const VOTABLE = new Set(['visible', 'answering']);

export const castVote = defineCommand({
  name: 'live.vote',
  input: VotePayloadSchema,
  load: ({ questionId }) => loadVoteSubject(questionId),
  policy: (user, { session }) => canParticipateLive(user, subjectOf(session)),
  // The socket's own event limit holds; a per-person write limit would stop a fast voter at 120.
  limit: false,
  async work({ input, user, subject: { question, session }, actor }): Promise<VoteResult> {
    assertOpen(session);
    if (!VOTABLE.has(question.state)) {
      throw conflict(`A ${question.state} question cannot be voted on`);
    }
    const questionId = String(question._id);
    const delta = await storeVote(questionId, question.sessionId, user!.id, input.up);
    if (delta !== 0) {
      auditVote(question.sessionId, {
        userId: user!.id,
        questionId,
        vote: input.up ? 'add' : 'remove',
        ...(actor.ip ? { ip: actor.ip } : {}),
        at: new Date(),
      });
    }
    return { questionId, votes: knownCount(question), voted: input.up };
  },
});
