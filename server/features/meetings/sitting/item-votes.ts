// What the open data (OParl) publishes of the votes on agenda items: each closed vote's question,
// kind and totals, and for open votes who voted how (names and parties). Secret votes: totals only.
import { trusted } from 'mongoose';
import { Meeting } from '../model';
import { Vote } from './model';
import { people, presentVote } from './state';

export interface ItemVote {
  question: string;
  kind: 'open' | 'secret';
  closedAt?: string;
  result: { ja: number; nej: number; avstar: number; absent: number } | null;
  ballots?: Array<{ name: string; party?: string; choice: 'ja' | 'nej' | 'avstar' }>;
}

/** The closed votes of the given agenda items, by item id, in the order they were held. */
export async function closedVotesOfItems(itemIds: string[]): Promise<Map<string, ItemVote[]>> {
  const out = new Map<string, ItemVote[]>();
  if (itemIds.length === 0) return out;
  const votes = await Vote.find({ itemId: trusted({ $in: itemIds }), status: 'closed' })
    .sort({ openedAt: 1 })
    .lean();
  if (votes.length === 0) return out;
  const meetingIds = [...new Set(votes.map((v) => v.meetingId))];
  const meetings = await Meeting.find({ _id: trusted({ $in: meetingIds }) }, { bodyId: 1 }).lean();
  const bodyOf = new Map(meetings.map((m) => [String(m._id), m.bodyId]));
  const byBody = new Map<string, Awaited<ReturnType<typeof people>>>();
  for (const bodyId of new Set(bodyOf.values())) {
    const ids = votes.flatMap((v) => (v.counted ?? []).map((b) => b.userId));
    byBody.set(bodyId, await people(bodyId, ids));
  }
  for (const vote of votes) {
    const who = byBody.get(bodyOf.get(vote.meetingId) ?? '');
    if (!who) continue;
    const view = presentVote(vote, 0, who);
    const list = out.get(vote.itemId) ?? [];
    list.push({
      question: view.question,
      kind: view.kind,
      ...(view.closedAt ? { closedAt: view.closedAt } : {}),
      result: view.result,
      ...(view.ballots
        ? {
            ballots: view.ballots.map((b) => ({
              name: b.displayName,
              ...(b.party ? { party: b.party } : {}),
              choice: b.choice,
            })),
          }
        : {}),
    });
    out.set(vote.itemId, list);
  }
  return out;
}
