// Asking a question in an open session: any signed-in person not banned from it
// (canParticipateLive), at most LIVE_ASKS_PER_MINUTE a minute. Under pre-moderation the question
// waits for the moderators (only they and the author see it); otherwise the room sees it at once.
import { AskPayloadSchema } from '@shared/schemas/live';
import { defineCommand } from '../../../commands/define';
import { canParticipateLive } from '../../../policies/live';
import { announceQuestions } from '../broadcast';
import { loadSession, subjectOf } from '../load';
import { authorNames, namedIn, presentOwnQuestion } from '../present';
import { askQuestion } from '../questions';
import { assertOpen } from '../sessions';

export const askLive = defineCommand({
  name: 'live.ask',
  input: AskPayloadSchema,
  load: ({ sessionId }) => loadSession(sessionId),
  policy: (user, session) => canParticipateLive(user, subjectOf(session)),
  limit: 'question',
  work({ input, user, subject }) {
    assertOpen(subject);
    return askQuestion(subject, user!.id, input);
  },
  audit: (question, { input }) => ({
    action: 'live.question.ask',
    subject: { type: 'liveQuestion', id: String(question._id) },
    after: { sessionId: input.sessionId, text: input.text, anonymous: question.anonymous },
  }),
  announce: (question, _step, rooms) => announceQuestions(rooms, [{ question }]),
  // The author sees their own question as moderators do (with their name, even if anonymous).
  present: async (question) => presentOwnQuestion(question, await authorNames(namedIn([question]))),
});
