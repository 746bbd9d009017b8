// A one-second cache of the session and question that a vote checks (open? banned? votable?):
// at a thousand votes a second these two reads were most of the database's work. Concurrent
// votes share one read; a change made on this node replaces the entry with the stored state (or
// forgets it); a change made on another node is seen within a second.
import { TtlCache } from '../../cache';
import type { LiveQuestionDoc, LiveSessionDoc } from './model';

const TTL_MS = 1_000;
const questions = new TtlCache<LiveQuestionDoc>(TTL_MS, 10_000);
const sessions = new TtlCache<LiveSessionDoc>(TTL_MS, 1_000);

export const cachedQuestion = (id: string, load: () => Promise<LiveQuestionDoc>) =>
  questions.get(id, load);
export const cachedSession = (id: string, load: () => Promise<LiveSessionDoc>) =>
  sessions.get(id, load);

/** After a write on this node: the question as stored (or null when unknown: forget it). */
export function storedQuestion(id: string, stored: LiveQuestionDoc | null): void {
  if (stored) questions.set(id, stored);
  else questions.delete(id);
}
export function forgetSession(id: string): void {
  sessions.delete(id);
}
