// Demo data: an open "Fråga politikerna" session where some questions are waiting, one is being
// answered and two have been answered by the executive board's chair, and a closed session in the
// archive with its answers, so a newcomer sees the live page working without setting anything up.
// Runs once: a database that already has live sessions is left alone.
import { bodyMemberIds, bodyNames } from '../bodies';
import { liveRoom } from '@shared/events/live';
import { reserveSeq } from '../../realtime/rooms';
import { LiveQuestionModel, LiveSessionModel } from './model';

const DEMO_AUTHOR = '000000000000000000000000';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface DemoQuestion {
  text: string;
  votes: number;
  answer?: string;
  answering?: boolean;
}

/** The executive board's first member (its chair in the demo), who answers; none without records. */
async function demoAnswerer(): Promise<{ bodyId?: string; userId?: string }> {
  const ks = [...(await bodyNames())].find(([, name]) => name === 'Kommunstyrelsen');
  if (!ks) return {};
  const [userId] = await bodyMemberIds(ks[0]);
  return { bodyId: ks[0], userId };
}

async function seedSession(
  title: string,
  status: 'open' | 'closed',
  openedAt: Date,
  questions: DemoQuestion[],
  answerer: { bodyId?: string; userId?: string },
): Promise<void> {
  const session = await LiveSessionModel.create({
    title,
    premoderation: true,
    status,
    openedAt,
    ...(status === 'closed' ? { closedAt: new Date(openedAt.getTime() + 90 * MINUTE) } : {}),
    ...(answerer.bodyId ? { bodyId: answerer.bodyId } : {}),
    officialIds: answerer.userId ? [answerer.userId] : [],
    createdBy: DEMO_AUTHOR,
  });
  const sessionId = String(session._id);
  let seq = 0;
  for (const [index, question] of questions.entries()) {
    seq += 1;
    const created = await LiveQuestionModel.create({
      sessionId,
      authorId: DEMO_AUTHOR,
      anonymous: true,
      text: question.text,
      state: question.answer ? 'answered' : question.answering ? 'answering' : 'visible',
      votes: question.votes,
      seq,
      ...(question.answer
        ? {
            answer: question.answer,
            answeredAt: new Date(openedAt.getTime() + (index + 1) * 10 * MINUTE),
            ...(answerer.userId ? { answeredBy: answerer.userId } : {}),
          }
        : {}),
    });
    if (question.answering) {
      await LiveSessionModel.updateOne({ _id: session._id }, { answeringId: String(created._id) });
    }
  }
  await reserveSeq(liveRoom(sessionId), seq);
}

export async function seedLiveDemo(): Promise<void> {
  if ((await LiveSessionModel.estimatedDocumentCount()) > 0) return;
  const answerer = await demoAnswerer();
  await seedSession(
    'Fråga politikerna: cykelvägar och kollektivtrafik',
    'open',
    new Date(Date.now() - 30 * MINUTE),
    [
      {
        text: 'När byggs cykelvägen mellan centrum och skolan?',
        votes: 14,
        answer:
          'Cykelvägen finns med i budgeten för nästa år. Bygget börjar i april och ska vara klart före skolstarten i augusti.',
      },
      {
        text: 'Kan bussen gå oftare på kvällarna?',
        votes: 11,
        answer:
          'Vi har bett regionen om halvtimmestrafik på linje 3 efter klockan 19. Besked kommer i vår.',
      },
      {
        text: 'Hur kan vi som bor här vara med och påverka trafikplanen?',
        votes: 8,
        answering: true,
      },
      { text: 'Blir det fler cykelställ vid stationen?', votes: 5 },
      { text: 'Varför plogas cykelbanorna efter bilvägarna?', votes: 3 },
    ],
    answerer,
  );
  await seedSession(
    'Fråga politikerna: budgeten för nästa år',
    'closed',
    new Date(Date.now() - 21 * DAY),
    [
      {
        text: 'Höjs skatten nästa år?',
        votes: 22,
        answer: 'Nej. Förslaget är att skattesatsen blir oförändrad.',
      },
      {
        text: 'Hur mycket går till förskolan?',
        votes: 9,
        answer:
          'Barn- och utbildningsnämnden får mer pengar än i år, bland annat för en ny förskola med sex avdelningar.',
      },
    ],
    answerer,
  );
}
