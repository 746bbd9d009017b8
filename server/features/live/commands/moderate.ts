// Moderating a question (`live:moderate`): approve, reject, edit, merge, ban; the moderators and
// secretaries of the session's body (a session without a meeting: a grant without a body), while
// the session is open. The author hears of the review of their question in their own room.
import { ModeratePayloadSchema } from '@shared/schemas/live';
import { defineCommand } from '../../../commands/define';
import { canModerateLive } from '../../../policies/live';
import { userRoom } from '../../../realtime/personal-rooms';
import { liveModRoom } from '@shared/events/live';
import { announceQuestions, announceSession } from '../broadcast';
import { loadQuestion, subjectOf } from '../load';
import { moderateQuestion } from '../moderation';
import { authorNames, namedIn, presentOwnQuestion, presentQuestions } from '../present';
import { assertOpen } from '../sessions';
import { notifyLiveQuestion } from '../../notifications';

export const moderateLive = defineCommand({
  name: 'live.moderate',
  input: ModeratePayloadSchema,
  load: ({ questionId }) => loadQuestion(questionId),
  policy: (user, { session }) => canModerateLive(user, subjectOf(session)),
  work({ input, user, subject: { question, session } }) {
    assertOpen(session);
    return moderateQuestion(question, session, user!.id, input);
  },
  audit: (moderation) => moderation.audits,
  async announce(moderation, _step, rooms) {
    await announceQuestions(rooms, moderation.changes);
    for (const { question, previous } of moderation.changes) {
      // A question the public never saw: its author learns whether it was published.
      if (previous !== 'pending' || question.state === 'pending') continue;
      const names = await authorNames(namedIn([question]));
      await rooms.announce(
        userRoom(question.authorId),
        'live:question',
        presentOwnQuestion(question, names),
        {
          seq: question.seq ?? 0,
          except: liveModRoom(question.sessionId),
        },
      );
    }
    if (moderation.sessionChanged) await announceSession(rooms, moderation.question.sessionId);
  },
  // The asker hears that their question was rejected (notifications tell each outcome once).
  followUp: async ({ question }, { app, subject: { session } }) => {
    await notifyLiveQuestion(app, {
      questionId: String(question._id),
      authorId: question.authorId,
      sessionId: String(session._id),
      sessionTitle: session.title,
      state: question.state,
    });
  },
  present: async (moderation) => (await presentQuestions([moderation.question], 'moderator'))[0]!,
});
