// Demo data: one open "Fråga politikerna" session with a few anonymous questions, so a newcomer
// sees the live page working without setting anything up.
import { liveRoom } from '@shared/events/live';
import { reserveSeq } from '../../realtime/rooms';
import { LiveQuestionModel, LiveSessionModel } from './model';

const DEMO_AUTHOR = '000000000000000000000000';

export async function seedLiveDemo(): Promise<void> {
  const session = await LiveSessionModel.create({
    title: 'Fråga politikerna: cykelvägar och kollektivtrafik',
    premoderation: true,
    status: 'open',
    openedAt: new Date(),
    createdBy: DEMO_AUTHOR,
  });
  const texts = [
    'När byggs cykelvägen mellan centrum och skolan?',
    'Kan bussen gå oftare på kvällarna?',
    'Hur kan vi som bor här vara med och påverka trafikplanen?',
  ];
  let seq = 0;
  for (const text of texts) {
    seq += 1;
    await LiveQuestionModel.create({
      sessionId: String(session._id),
      authorId: DEMO_AUTHOR,
      anonymous: true,
      text,
      state: 'visible',
      seq,
    });
  }
  await reserveSeq(liveRoom(String(session._id)), seq);
}
