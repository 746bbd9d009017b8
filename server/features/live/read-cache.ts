// A one-second cache of the session and question that a vote checks (open? banned? votable?):
// at a thousand votes a second these two reads were most of the database's work. Concurrent
// votes share one read; a change made on this node replaces the entry with the stored state (or
// forgets it); a change made on another node is seen within a second.
import type { LiveQuestionDoc, LiveSessionDoc } from './model';

const TTL_MS = 1_000;
const entries = new Map<string, { value: Promise<unknown>; at: number }>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  remember(key, value, now);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

function remember(key: string, value: Promise<unknown>, at: number): void {
  if (entries.size > 10_000) entries.clear();
  entries.set(key, { value, at });
}

export const cachedQuestion = (id: string, load: () => Promise<LiveQuestionDoc>) =>
  cached(`q:${id}`, load);
export const cachedSession = (id: string, load: () => Promise<LiveSessionDoc>) =>
  cached(`s:${id}`, load);

/** After a write on this node: the question as stored (or null when unknown: forget it). */
export function storedQuestion(id: string, stored: LiveQuestionDoc | null): void {
  if (stored) remember(`q:${id}`, Promise.resolve(stored), Date.now());
  else entries.delete(`q:${id}`);
}
export function forgetSession(id: string): void {
  entries.delete(`s:${id}`);
}
