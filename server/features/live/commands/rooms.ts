// Joining a live session's room: anyone may watch (the answer is the full state with the room's
// seq, the caller's votes, own questions and abilities); the moderators' console also joins the
// moderators' room, for the session's moderators only. Joined first, then read: a change made
// meanwhile is either in the answer or arrives as an event after it.
import { liveModRoom, liveRoom } from '@shared/events/live';
import {
  JoinPayloadSchema,
  LeavePayloadSchema,
  PUBLIC_STATES,
  type LiveJoinResult,
} from '@shared/schemas/live';
import { defineCommand } from '../../../commands/define';
import { forbidden, unauthenticated, validationFailed } from '../../../errors';
import { canMarkLive, canModerateLive, isBannedFromLive } from '../../../policies/live';
import { sessionSeq } from '../broadcast';
import { loadSession, subjectOf } from '../load';
import { LiveVoteModel, voteId, type LiveQuestionDoc } from '../model';
import {
  authorNames,
  namedIn,
  presentOwnQuestion,
  presentQuestions,
  presentSession,
} from '../present';
import { findSession, sessionQuestions } from '../sessions';

/**
 * Which of these questions the person voted for: lookups by the vote's _id (FerretDB scans for
 * anything else), skipping questions nobody has voted for yet.
 */
async function votedFor(questions: LiveQuestionDoc[], userId: string): Promise<string[]> {
  const ids = questions
    .filter((q) => (q.votes ?? 0) > 0)
    .slice(0, 500)
    .map((q) => String(q._id));
  const found = await Promise.all(
    ids.map((id) => LiveVoteModel.exists({ _id: voteId(id, userId) }).then((hit) => hit && id)),
  );
  return found.filter((id): id is string => Boolean(id));
}

/** The person's own questions the public does not see (waiting for review, or not published). */
async function ownHidden(questions: LiveQuestionDoc[], userId: string) {
  const hidden = questions.filter(
    (q) => q.authorId === userId && (q.state === 'pending' || q.state === 'rejected'),
  );
  const names = await authorNames(namedIn(hidden));
  return hidden.map((q) => presentOwnQuestion(q, names));
}

export const joinLive = defineCommand({
  name: 'live.join',
  input: JoinPayloadSchema,
  load: ({ sessionId }) => loadSession(sessionId),
  // Anyone watches. The moderators' room is the moderators' alone: checked in the work, since a
  // public command's policy cannot tell an anonymous watcher from an anonymous would-be moderator.
  policy: 'public',
  async work({ input, user, subject, actor }): Promise<LiveJoinResult> {
    if (!actor.rooms) throw validationFailed('Rooms are joined over a socket');
    const moderator = input.moderator === true;
    if (moderator && !user) throw unauthenticated();
    if (moderator && !canModerateLive(user, subjectOf(subject))) throw forbidden();
    await actor.rooms.join(liveRoom(input.sessionId));
    if (moderator) await actor.rooms.join(liveModRoom(input.sessionId));
    const seq = await sessionSeq(input.sessionId);
    const fresh = await findSession(input.sessionId);
    const audience = moderator ? 'moderator' : 'public';
    // One read of the session's questions: a signed-in person's own hidden ones come from it too.
    const all = await sessionQuestions(input.sessionId, user ? 'moderator' : 'public');
    const questions = moderator ? all : all.filter((q) => PUBLIC_STATES.includes(q.state));
    const live = subjectOf(fresh);
    const banned = user ? isBannedFromLive(user, live) : false;
    return {
      session: await presentSession(fresh, seq),
      questions: await presentQuestions(questions, audience),
      seq,
      myVotes: user ? await votedFor(questions, user.id) : [],
      mine: user && !moderator ? await ownHidden(all, user.id) : [],
      abilities: {
        ask: Boolean(user) && !banned && fresh.status === 'open',
        moderate: canModerateLive(user, live),
        mark: canMarkLive(user, live),
        banned,
      },
    };
  },
});

export const leaveLive = defineCommand({
  name: 'live.leave',
  input: LeavePayloadSchema,
  policy: 'public',
  async work({ input, actor }) {
    await actor.rooms?.leave(liveRoom(input.sessionId));
    await actor.rooms?.leave(liveModRoom(input.sessionId));
    return { sessionId: input.sessionId };
  },
});
