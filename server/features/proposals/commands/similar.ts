// Proposals like a title being typed: the write form shows them so the author can sign an
// existing one instead (the rules refuse a near-duplicate). Public proposals only, best first.
import { trusted } from 'mongoose';
import { PUBLIC_PROPOSAL_STATUSES, SimilarQuerySchema } from '@shared/schemas/proposals';
import { defineCommand } from '../../../commands/define';
import { Proposal } from '../model';
import { similarity, titleTokens } from '../similarity';

/** Shown from this overlap on: looser than the refusal rule, so near misses show too. */
const SHOWN_FROM = 0.3;

export const similarProposals = defineCommand({
  name: 'proposal.similar',
  input: SimilarQuerySchema,
  policy: 'public',
  limit: false,
  async work({ input }) {
    const tokens = titleTokens(input.title);
    if (tokens.length === 0) return [];
    // A municipality sees hundreds of proposals a year: comparing titles in memory is cheap.
    const candidates = await Proposal.find(
      { status: trusted({ $in: [...PUBLIC_PROPOSAL_STATUSES] }) },
      { title: 1, status: 1, titleTokens: 1 },
    )
      .sort({ openedAt: -1 })
      .limit(2000)
      .lean();
    return candidates
      .map((c) => ({ c, score: similarity(tokens, c.titleTokens) }))
      .filter(({ score }) => score >= SHOWN_FROM)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5)
      .map(({ c }) => ({ id: String(c._id), title: c.title, status: c.status }));
  },
});
