// The index's generation: a random token that every finished index write replaces. A search reads
// it (once per FRESH_MS, shared by concurrent searches) and trusts everything it cached under the
// same token (posting lists, prefix tables, statistics, whole answers) without reading versions.
// A write through this process takes the new token at once, so this node's own writes are seen by
// its next search; another node's writes are seen within FRESH_MS. A token, not a counter: on
// FerretDB two concurrent `$inc`s can yield one number, two random tokens are simply different.
import { randomBytes } from 'node:crypto';
import { databaseName, generationCollection } from './store';

const FRESH_MS = 250;
const ID = 'generation';

interface Known {
  token: Promise<string>;
  at: number;
}
const known = new Map<string, Known>();

async function readToken(): Promise<string> {
  const stored = await generationCollection().findOne({ _id: ID });
  return stored?.token ?? 'initial';
}

/** The current generation of this database's index (at most FRESH_MS old for other nodes' writes). */
export function currentGeneration(): Promise<string> {
  const db = databaseName();
  const now = Date.now();
  const hit = known.get(db);
  if (hit && now - hit.at < FRESH_MS) return hit.token;
  const token = readToken();
  known.set(db, { token, at: now });
  token.catch(() => known.delete(db));
  return token;
}

/** Called after every index write (also a failed one: part of it may be stored). */
export async function advanceGeneration(): Promise<void> {
  const db = databaseName();
  const token = randomBytes(12).toString('base64url');
  // Forget first: a search starting during the update must not trust the old token.
  known.delete(db);
  await generationCollection().updateOne({ _id: ID }, { $set: { token } }, { upsert: true });
  known.set(db, { token: Promise.resolve(token), at: Date.now() });
}
