// Votes (votering) on an agenda item: the secretary opens one (open: names public; secret: totals
// only) and closes it. Who may vote is fixed when it opens: the present serving members not
// recused on the item. Each casts one ballot, stored under the key (vote, member) with a unique
// index: a new ballot replaces theirs while the vote is open (one replace with upsert, never read
// then write), so two devices of the same member sending at once leave one ballot. The secretary
// may record a member's ballot (marked as recorded by the secretary) and, while it is open, sees
// who has not voted yet. Closing counts the stored ballots once and keeps them with the vote.
import { BallotInputSchema, VoteOpenInputSchema, type VoteView } from '@shared/schemas/council';
import type { CurrentUser } from '../../../../auth/current-user';
import { withLock } from '../../../../db/lock';
import { conflict, forbidden } from '../../../../errors';
import { sittingCommand } from '../command';
import { isSecretary, type OnVote } from '../load';
import { Ballot, Recusal, Vote, type VoteRecord } from '../model';
import { people, presentVote } from '../state';

const onVote = (voteId: string) => ({ type: 'vote', id: voteId });

/** A vote as the caller sees it: the secretary also who has not voted while it is open. */
export async function viewVote(
  vote: VoteRecord,
  bodyId: string,
  user: CurrentUser | undefined,
  secretary: boolean,
): Promise<VoteView> {
  const voteId = String(vote._id);
  const open = vote.status === 'open';
  const ballots = open ? await Ballot.find({ voteId }, { userId: 1, choice: 1 }).lean() : [];
  const who = await people(bodyId, vote.eligible);
  const view = presentVote(vote, ballots.length, who);
  if (open && secretary) {
    const voted = new Set(ballots.map((b) => b.userId));
    view.notVoted = vote.eligible.filter((id) => !voted.has(id)).map((id) => who.person(id));
  }
  const mine = open && user ? ballots.find((b) => b.userId === user.id) : undefined;
  if (mine) view.mine = mine.choice;
  return view;
}

export const openVote = sittingCommand({
  name: 'vote.open',
  on: 'item',
  input: VoteOpenInputSchema,
  policy: isSecretary,
  async work({ input, subject }) {
    const meetingId = String(subject.meeting._id);
    const itemId = String(subject.item._id);
    return withLock(`votes:${meetingId}`, async () => {
      if (await Vote.exists({ meetingId, status: 'open' })) {
        throw conflict('Another vote is open');
      }
      const recused = new Set(
        (await Recusal.find({ itemId }, { userId: 1 }).lean()).map((r) => r.userId),
      );
      return Vote.create({
        meetingId,
        itemId,
        question: input.question,
        kind: input.kind,
        status: 'open',
        eligible: [...subject.roster.serving].filter((id) => !recused.has(id)),
        seats: subject.roster.seats,
        openedAt: new Date(),
      });
    });
  },
  // The entry is the new vote's.
  audit: (vote) => ({
    subject: onVote(String(vote._id)),
    after: { itemId: vote.itemId, question: vote.question, kind: vote.kind },
  }),
  present: (vote, { subject, user }) => viewVote(vote, subject.meeting.bodyId, user, true),
});

const mayCast = (user: CurrentUser, subject: OnVote, input: { userId?: string }) =>
  input.userId !== undefined && input.userId !== user.id
    ? isSecretary(user, subject)
    : subject.vote.eligible.includes(user.id);

const DUPLICATE_KEY = 11000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stores the member's ballot, replacing theirs: one row per (vote, member) by its key. */
async function storeBallot(doc: {
  voteId: string;
  userId: string;
  choice: string;
  recordedBy?: string;
}): Promise<void> {
  const _id = `${doc.voteId}:${doc.userId}`;
  const row = { ...doc, at: new Date() };
  for (let attempt = 0; ; attempt += 1) {
    try {
      await Ballot.replaceOne({ _id }, { _id, ...row }, { upsert: true });
      return;
    } catch (error) {
      // Two upserts of the same key at once: one inserts, the other replaces on the next try.
      if ((error as { code?: number }).code !== DUPLICATE_KEY || attempt >= 3) throw error;
    }
  }
}

/**
 * After a ballot was stored: if the vote closed meanwhile, it counts only when the closing saw
 * it (wait for the count kept at closing, then look for this ballot in it).
 */
async function countedAfterClose(voteId: string, userId: string, choice: string): Promise<boolean> {
  for (let i = 0; i < 100; i += 1) {
    const vote = await Vote.findById(voteId, { status: 1, counted: 1 }).lean();
    if (!vote || vote.status === 'open') return true;
    if (vote.counted) return vote.counted.some((b) => b.userId === userId && b.choice === choice);
    await pause(20);
  }
  return false;
}

export const castBallot = sittingCommand({
  name: 'vote.ballot',
  on: 'vote',
  input: BallotInputSchema,
  policy: mayCast,
  // The vote's status decides (open until closed).
  inSession: false,
  async work({ input, user, subject }) {
    const voteId = String(subject.vote._id);
    const userId = input.userId ?? user!.id;
    if (subject.vote.status !== 'open') throw conflict('The vote is closed');
    if (!subject.vote.eligible.includes(userId)) {
      throw forbidden('Only present serving members without a conflict of interest vote');
    }
    const recordedBy = userId !== user!.id ? user!.id : undefined;
    await storeBallot({
      voteId,
      userId,
      choice: input.choice,
      ...(recordedBy ? { recordedBy } : {}),
    });
    if (!(await countedAfterClose(voteId, userId, input.choice))) {
      throw conflict('The vote is closed');
    }
    return { voteId, choice: input.choice, recordedBySecretary: Boolean(recordedBy) };
  },
  // A secret ballot's choice is not written to the audit log; that a ballot was cast is.
  audit: (result, { input, user, subject }) => ({
    after: {
      userId: input.userId ?? user!.id,
      ...(subject.vote.kind === 'open' ? { choice: result.choice } : {}),
      ...(result.recordedBySecretary ? { recordedBySecretary: true } : {}),
    },
  }),
});

export const closeVote = sittingCommand({
  name: 'vote.close',
  on: 'vote',
  policy: isSecretary,
  // The vote's status decides (closed once).
  inSession: false,
  async work({ subject }) {
    const voteId = String(subject.vote._id);
    const closed = await Vote.findOneAndUpdate(
      { _id: voteId, status: 'open' },
      { $set: { status: 'closed', closedAt: new Date() } },
      { returnDocument: 'after' },
    );
    if (!closed) throw conflict('The vote is closed');
    const eligible = new Set(closed.eligible);
    const ballots = (await Ballot.find({ voteId }).lean()).filter((b) => eligible.has(b.userId));
    const totals = { ja: 0, nej: 0, avstar: 0 };
    for (const b of ballots) totals[b.choice] += 1;
    closed.set(
      'counted',
      ballots.map((b) => ({
        userId: b.userId,
        choice: b.choice,
        ...(b.recordedBy ? { recordedBySecretary: true } : {}),
      })),
    );
    closed.set('result', { ...totals, absent: Math.max(0, closed.seats - ballots.length) });
    await closed.save();
    return closed;
  },
  audit: (vote) => ({ after: { result: vote.toObject().result } }),
  present: (vote, { subject, user }) => viewVote(vote, subject.meeting.bodyId, user, true),
});

export const getVote = sittingCommand({
  name: 'vote.get',
  on: 'vote',
  policy: 'public',
  inSession: false,
  work: ({ subject }) => Promise.resolve(subject),
  present: (subject, { user }) =>
    viewVote(
      subject.vote,
      subject.meeting.bodyId,
      user,
      Boolean(user && isSecretary(user, subject)),
    ),
});
