// The live feature's way in: the person who asked hears that their question was answered or
// rejected. Called after every moderation or mark of a question, whatever its state: only an
// answered or rejected one is told, and each outcome once (a second "answered" tells nothing).
import type { AppContext } from '../../context';
import { notify } from './commands/create';
import { NotificationModel } from './model';

export interface LiveQuestionOutcome {
  questionId: string;
  authorId: string;
  sessionId: string;
  sessionTitle: string;
  /** The question's state now. */
  state: string;
}

export async function notifyLiveQuestion(app: AppContext, q: LiveQuestionOutcome): Promise<void> {
  if (q.state !== 'answered' && q.state !== 'rejected') return;
  try {
    const told = await NotificationModel.exists({
      userId: q.authorId,
      kind: 'live_question',
      'details.questionId': q.questionId,
      'details.state': q.state,
    });
    if (told) return;
    await notify(app, [q.authorId], {
      kind: 'live_question',
      subject: { type: 'liveSession', id: q.sessionId, title: q.sessionTitle },
      path: `/direkt/${q.sessionId}`,
      questionId: q.questionId,
      state: q.state,
    });
  } catch (error) {
    app.logger.error({ err: { message: (error as Error).message } }, 'telling the asker failed');
  }
}
