// The rules for questions: ask (rate limited, pre-moderated or not), and the officials' marks
// (answering now, one at a time; answered, with an optional written answer and who answered).
// The commands (commands/ask.ts, commands/mark.ts) authorize, audit and announce.
import { LIVE_ASKS_PER_MINUTE, type MarkPayload, type QuestionState } from '@shared/schemas/live';
import { conflict, notFound, rateLimited } from '../../errors';
import { changeQuestion, nextSeq, type QuestionChange } from './broadcast';
import { withLock } from '../../db/lock';
import {
  LiveQuestionModel,
  LiveSessionModel,
  op,
  type LiveQuestionDoc,
  type LiveSessionDoc,
} from './model';

const isId = (id: string) => /^[0-9a-f]{24}$/i.test(id);

export async function findQuestion(id: string): Promise<LiveQuestionDoc> {
  if (!isId(id)) throw notFound('No such question');
  const question = (await LiveQuestionModel.findById(id).lean()) as LiveQuestionDoc | null;
  if (!question) throw notFound('No such question');
  return question;
}

export async function askQuestion(
  session: LiveSessionDoc,
  userId: string,
  input: { sessionId: string; text: string; anonymous?: boolean },
): Promise<LiveQuestionDoc> {
  // Counted in the database as well as by the person's limiter: it holds across nodes without Redis.
  const since = new Date(Date.now() - 60_000);
  const recent = await LiveQuestionModel.countDocuments({
    authorId: userId,
    createdAt: op({ $gt: since }),
  });
  if (recent >= LIVE_ASKS_PER_MINUTE) {
    throw rateLimited(`At most ${LIVE_ASKS_PER_MINUTE} questions a minute`);
  }
  const question = await LiveQuestionModel.create({
    sessionId: input.sessionId,
    authorId: userId,
    anonymous: input.anonymous ?? false,
    text: input.text,
    state: session.premoderation ? 'pending' : 'visible',
    seq: await nextSeq(input.sessionId),
  });
  return question.toObject();
}

/** Who answered, as the public record names them: the person and the body they answer for. */
export interface Answerer {
  userId: string;
  bodyName?: string;
}

/**
 * Marks a question: "answering" takes the session's one answering slot (the question holding it
 * before goes back to the list); "answered" frees the slot and may carry a written answer.
 * Returns every question changed, the marked one last.
 */
export async function markQuestion(
  question: LiveQuestionDoc,
  session: LiveSessionDoc,
  answerer: Answerer,
  input: MarkPayload,
): Promise<QuestionChange[]> {
  const previous = question.state;
  const sessionId = question.sessionId;
  const id = String(question._id);
  const changes: QuestionChange[] = [];

  let stored: LiveQuestionDoc | null;
  if (input.state === 'answering') {
    const movable: QuestionState[] = ['visible', 'answered', 'answering'];
    if (!movable.includes(previous)) throw conflict(`A ${previous} question cannot be answered`);
    const prevAnswering = await moveAnsweringSlot(sessionId, session.answeringId ?? undefined, id);
    if (prevAnswering) {
      const back = await changeQuestion(
        { _id: prevAnswering, sessionId },
        { state: 'answering' },
        { state: 'visible' },
      );
      if (back) changes.push({ question: back, previous: 'answering' });
    }
    stored = await changeQuestion(
      question,
      { state: op({ $in: movable }) },
      { state: 'answering' },
    );
  } else {
    const markable: QuestionState[] = ['visible', 'answering', 'answered'];
    if (!markable.includes(previous)) {
      throw conflict(`A ${previous} question cannot be marked answered`);
    }
    stored = await changeQuestion(
      question,
      { state: op({ $in: markable }) },
      {
        state: 'answered',
        answeredAt: new Date(),
        answeredBy: answerer.userId,
        ...(answerer.bodyName ? { answeredByBody: answerer.bodyName } : {}),
        ...(input.answer ? { answer: input.answer } : {}),
      },
      answerer.bodyName ? [] : ['answeredByBody'],
    );
    await withLock(`session:${sessionId}`, () =>
      LiveSessionModel.updateOne(
        { _id: sessionId, answeringId: id },
        { $unset: { answeringId: 1 } },
      ),
    );
  }
  if (!stored) throw conflict('The question changed meanwhile');
  changes.push({ question: stored, previous });
  return changes;
}

/**
 * Moves the session's one "answering" slot to `questionId` with a compare-and-set under the
 * session's lock, so two officials clicking at once cannot both be answering. Returns the
 * question that held the slot before (if another).
 */
async function moveAnsweringSlot(
  sessionId: string,
  expected: string | undefined,
  questionId: string,
): Promise<string | undefined> {
  if (expected === questionId) return undefined;
  const moved = await withLock(`session:${sessionId}`, () =>
    LiveSessionModel.updateOne(
      { _id: sessionId, status: 'open', answeringId: expected ?? null },
      { $set: { answeringId: questionId } },
    ),
  );
  if (moved.modifiedCount !== 1) throw conflict('Someone else changed what is being answered');
  return expected;
}
