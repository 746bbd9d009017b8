// What comment moderation leaves waiting for a person, as a count for "Mitt arbete".
import type { CurrentUser } from '../../auth/current-user';
import { moderationQueue } from './moderation';

/** The comments waiting in the person's moderation queue (held, flagged or reported). */
export async function moderationQueueSize(user: CurrentUser): Promise<number> {
  return (await moderationQueue(user)).length;
}
