// Live dialogue sessions: realtime Q&A with elected representatives (routes, socket events, the
// batched vote broadcast, the moderators' room guard and the GDPR export of what a person asked).
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { canModerateLive } from '../../policies/live';
import { registerRoomGuard } from '../../realtime/room-guards';
import { liveEvents } from './events';
import { LiveQuestionModel, LiveSessionModel, LiveVoteModel } from './model';
import { findSession, liveSubject } from './sessions';
import { liveRoutes } from './routes';
import { seedLiveDemo } from './seed';
import { startVoteBroadcasts } from './votes';

// People who lose the moderator role leave the moderators' rooms (pending questions, authors).
registerRoomGuard('live-mod:', async (user, room) => {
  const session = await findSession(room.slice('live-mod:'.length)).catch(() => null);
  return session !== null && canModerateLive(user, liveSubject(session));
});

registerPersonalData('live', async (userId) => {
  const [questions, votes, sessions] = await Promise.all([
    LiveQuestionModel.find({ authorId: userId }).sort({ createdAt: 1 }).lean(),
    LiveVoteModel.find({ userId }).lean(),
    LiveSessionModel.find({ 'bans.userId': userId }, { title: 1, bans: 1 }).lean(),
  ]);
  return {
    questions: questions.map((q) => ({
      id: String(q._id),
      sessionId: q.sessionId,
      text: q.text,
      anonymous: q.anonymous,
      state: q.state,
      answer: q.answer,
      createdAt: q.createdAt,
    })),
    votes: votes.map((v) => ({ questionId: v.questionId, sessionId: v.sessionId })),
    bans: sessions.flatMap((s) =>
      (s.bans ?? [])
        .filter((b) => b.userId === userId)
        .map((b) => ({ sessionId: String(s._id), title: s.title, reason: b.reason, at: b.at })),
    ),
  };
});

export const liveFeature: Feature = {
  name: 'live',
  apiRouter: (ctx) => liveRoutes(ctx).router,
  socketEvents: liveEvents,
  start: (ctx) => startVoteBroadcasts(ctx.io, ctx.logger),
  seedDemo: () => seedLiveDemo(),
};
