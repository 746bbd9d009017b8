// Marking a question (`live:mark`): "answering" now, or "answered" with an optional written
// answer; the session's officials, or its moderators and secretaries (canMarkLive), while the
// session is open. The answer names who answered and the body they sat on for the meeting.
import { MarkPayloadSchema } from '@shared/schemas/live';
import { defineCommand } from '../../../commands/define';
import type { CurrentUser } from '../../../auth/current-user';
import { canMarkLive } from '../../../policies/live';
import { bodyMember, bodyName } from '../../bodies';
import { announceQuestions, announceSession } from '../broadcast';
import { loadQuestion, subjectOf } from '../load';
import type { LiveSessionDoc } from '../model';
import { presentQuestions } from '../present';
import { markQuestion, type Answerer } from '../questions';
import { assertOpen } from '../sessions';
import { notifyLiveQuestion } from '../../notifications';

/** The answerer and, when they sit on (or are an official of) the session's body, its name. */
async function answerer(user: CurrentUser, session: LiveSessionDoc): Promise<Answerer> {
  const bodyId = session.bodyId;
  if (!bodyId) return { userId: user.id };
  const official = user.roles.some((g) => g.role === 'official' && g.bodyId === bodyId);
  const sits = official || (await bodyMember(bodyId, user.id)) !== undefined;
  const name = sits ? await bodyName(bodyId) : undefined;
  return { userId: user.id, ...(name ? { bodyName: name } : {}) };
}

export const markLive = defineCommand({
  name: 'live.mark',
  input: MarkPayloadSchema,
  load: ({ questionId }) => loadQuestion(questionId),
  policy: (user, { session }) => canMarkLive(user, subjectOf(session)),
  async work({ input, user, subject: { question, session } }) {
    assertOpen(session);
    return markQuestion(question, session, await answerer(user!, session), input);
  },
  audit: (changes, { input }) => {
    const marked = changes[changes.length - 1]!;
    return {
      action: `live.question.${input.state}`,
      subject: { type: 'liveQuestion', id: input.questionId },
      before: { state: marked.previous },
      after: { state: input.state, ...(input.answer ? { answer: input.answer } : {}) },
    };
  },
  async announce(changes, { subject }, rooms) {
    await announceQuestions(rooms, changes);
    await announceSession(rooms, String(subject.session._id));
  },
  // The asker hears that their question was answered (notifications tell each outcome once).
  followUp: async (changes, { app, subject: { session } }) => {
    const { question } = changes[changes.length - 1]!;
    await notifyLiveQuestion(app, {
      questionId: String(question._id),
      authorId: question.authorId,
      sessionId: String(session._id),
      sessionTitle: session.title,
      state: question.state,
    });
  },
  present: async (changes) =>
    (await presentQuestions([changes[changes.length - 1]!.question], 'moderator'))[0]!,
});
