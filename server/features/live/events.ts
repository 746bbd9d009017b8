// Socket handlers of live sessions: each parses with the shared schema, calls the same services
// and policies as the HTTP routes, and answers through the acknowledgement.
import { liveModRoom, liveRoom } from '@shared/events/live';
import {
  AskPayloadSchema,
  JoinPayloadSchema,
  LeavePayloadSchema,
  MarkPayloadSchema,
  ModeratePayloadSchema,
  VotePayloadSchema,
  type LiveJoinResult,
} from '@shared/schemas/live';
import type { AppContext } from '../../context';
import { legacySocketEvent } from '../../realtime/handle';
import type { AppSocket } from '../../realtime/io';
import { authorize } from '../../policies/authorize';
import { canMarkLive, canModerateLive, isBannedFromLive } from '../../policies/live';
import { currentSeq } from './broadcast';
import { LiveVoteModel, voteId, type LiveQuestionDoc } from './model';
import { notifyLiveQuestion } from '../notifications';
import { moderateQuestion } from './moderation';
import { authorNames, presentQuestion, presentQuestions, presentSession } from './present';
import { askQuestion, markQuestion } from './questions';
import { findSession, liveSubject, sessionQuestions } from './sessions';
import { castVote } from './votes';

/** The asker hears of an answered or rejected question (notifications' front door). */
async function tellAsker(ctx: AppContext, q: LiveQuestionDoc): Promise<void> {
  if (q.state !== 'answered' && q.state !== 'rejected') return;
  const session = await findSession(q.sessionId).catch(() => null);
  const [sessionId, sessionTitle] = [q.sessionId, session?.title ?? ''];
  await notifyLiveQuestion(ctx, {
    questionId: String(q._id),
    authorId: q.authorId,
    sessionId,
    sessionTitle,
    state: q.state,
  });
}

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

const user = (socket: AppSocket) => socket.data.user;
const ip = (socket: AppSocket) => socket.handshake.address;

export function liveEvents(ctx: AppContext): Array<ReturnType<typeof legacySocketEvent>> {
  const { io } = ctx;
  return [
    legacySocketEvent(ctx, 'live:join', JoinPayloadSchema, async (socket, input) => {
      const session = await findSession(input.sessionId); // not_found before joining any room
      const moderator = input.moderator === true;
      if (moderator) authorize(user(socket), (u) => canModerateLive(u, liveSubject(session)));
      // Join first, then read: a change made meanwhile is either in the answer or arrives as an
      // event after it (the client keeps the higher seq per question).
      await socket.join(liveRoom(input.sessionId));
      if (moderator) await socket.join(liveModRoom(input.sessionId));
      const seq = await currentSeq(input.sessionId);
      const fresh = await findSession(input.sessionId);
      const audience = moderator ? 'moderator' : 'public';
      const questions = await sessionQuestions(input.sessionId, audience);
      const me = user(socket);
      const myVotes = me ? await votedFor(questions, me.id) : [];
      const banned = me ? isBannedFromLive(me, liveSubject(fresh)) : false;
      const result: LiveJoinResult = {
        session: await presentSession(fresh, seq),
        questions: await presentQuestions(questions, audience),
        seq,
        myVotes,
        abilities: {
          ask: Boolean(me) && !banned && fresh.status === 'open',
          moderate: canModerateLive(me, liveSubject(fresh)),
          mark: canMarkLive(me, liveSubject(fresh)),
          banned,
        },
      };
      return result;
    }),

    legacySocketEvent(ctx, 'live:leave', LeavePayloadSchema, async (socket, input) => {
      await socket.leave(liveRoom(input.sessionId));
      await socket.leave(liveModRoom(input.sessionId));
      return { sessionId: input.sessionId };
    }),

    legacySocketEvent(ctx, 'live:ask', AskPayloadSchema, async (socket, input) => {
      const question = await askQuestion(io, user(socket), input, ip(socket));
      const names = await authorNames([question.authorId]);
      // The author sees their own question as moderators do (with their name, even if anonymous).
      return { ...presentQuestion(question, names, 'moderator'), reason: undefined };
    }),

    legacySocketEvent(ctx, 'live:vote', VotePayloadSchema, (socket, input) =>
      castVote(user(socket), input, ip(socket)),
    ),

    legacySocketEvent(ctx, 'live:moderate', ModeratePayloadSchema, async (socket, input) => {
      const question = await moderateQuestion(io, user(socket), input, ip(socket));
      await tellAsker(ctx, question);
      return (await presentQuestions([question], 'moderator'))[0]!;
    }),

    legacySocketEvent(ctx, 'live:mark', MarkPayloadSchema, async (socket, input) => {
      const question = await markQuestion(io, user(socket), input, ip(socket));
      await tellAsker(ctx, question);
      return (await presentQuestions([question], 'moderator'))[0]!;
    }),
  ];
}
