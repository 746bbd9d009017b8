// What live sessions leave waiting for staff, for "Mitt arbete": sessions (not yet closed) where
// the person answers on the panel, and questions held for moderation in sessions they moderate.
import { trusted } from 'mongoose';
import type { LiveSessionStatus } from '@shared/schemas/live';
import type { CurrentUser } from '../../auth/current-user';
import { canModerateLive } from '../../policies/live';
import { LiveQuestionModel, LiveSessionModel } from './model';

const running = { status: trusted({ $in: ['scheduled', 'open'] as LiveSessionStatus[] }) };

/** Scheduled or open sessions with the person among the officials who answer. */
export function panelSessionCount(userId: string): Promise<number> {
  return LiveSessionModel.countDocuments({ ...running, officialIds: userId });
}

/** Questions held for approval in the scheduled or open sessions the person may moderate. */
export async function questionsWaitingCount(user: CurrentUser): Promise<number> {
  const sessions = await LiveSessionModel.find(running, { bodyId: 1 }).lean();
  const mine = sessions
    .filter((s) => canModerateLive(user, { bodyId: s.bodyId ?? null }))
    .map((s) => String(s._id));
  if (mine.length === 0) return 0;
  return LiveQuestionModel.countDocuments({ sessionId: trusted({ $in: mine }), state: 'pending' });
}
