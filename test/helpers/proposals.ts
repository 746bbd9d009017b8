// Helpers for the proposals tests: valid input, and a proposal brought to a given status through
// the real API (author submits, moderator approves).
import { randomBytes } from 'node:crypto';
import type { TestApp } from './app';
import type { HttpClient } from './http';
import { signedInUser } from './factories';

/** Titles that share no words with each other, so the similar-proposal rule stays out of the way. */
export function uniqueTitle(prefix = 'Förslag'): string {
  return `${prefix} ${randomBytes(6).toString('hex')} ${randomBytes(6).toString('hex')}`;
}

export const validBody =
  'Kommunen borde göra något åt detta, eftersom det berör många invånare varje dag.\nTack!';

export async function moderator(app: TestApp) {
  return signedInUser(app, { roles: ['moderator'] });
}

/** A submitted proposal (pending_review) by a new citizen. */
export async function submitted(app: TestApp, title = uniqueTitle()) {
  const author = await signedInUser(app);
  const res = await author.client.post<{ data: { id: string } }>('/api/v1/proposals', {
    title,
    body: validBody,
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return { author, id: res.body.data.id, title };
}

/** An open proposal: submitted, then approved by a moderator. */
export async function opened(app: TestApp, mod?: HttpClient) {
  const proposal = await submitted(app);
  const reviewer = mod ?? (await moderator(app)).client;
  const res = await reviewer.post(`/api/v1/proposals/${proposal.id}/review`, {
    decision: 'approve',
  });
  if (res.status !== 200) throw new Error(`approve failed: ${res.status} ${res.text}`);
  return proposal;
}
