// A one-second cache of the session and question that a vote checks (open? banned? votable?):
// at a thousand votes a second these two reads were most of the database's work. Changes made on
// this node forget the entry at once; a change made on another node is seen within a second.
import type { LiveQuestionDoc, LiveSessionDoc } from './model';

const TTL_MS = 1_000;
const entries = new Map<string, { value: unknown; at: number }>();

async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as T;
  const value = await load();
  if (entries.size > 10_000) entries.clear();
  entries.set(key, { value, at: now });
  return value;
}

export const cachedQuestion = (id: string, load: () => Promise<LiveQuestionDoc>) =>
  cached(`q:${id}`, load);
export const cachedSession = (id: string, load: () => Promise<LiveSessionDoc>) =>
  cached(`s:${id}`, load);

export function forgetQuestion(id: string): void {
  entries.delete(`q:${id}`);
}
export function forgetSession(id: string): void {
  entries.delete(`s:${id}`);
}
