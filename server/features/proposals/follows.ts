// Following a proposal: one follow per person and proposal (unique index), written idempotently.
import { isDuplicateKey } from '../../db/errors';
import { retryTransient } from '../../db/retry';
import { Follow } from './model';

export async function follow(proposalId: string, userId: string): Promise<void> {
  try {
    await retryTransient(() =>
      Follow.updateOne(
        { proposalId, userId },
        { $setOnInsert: { proposalId, userId } },
        { upsert: true },
      ),
    );
  } catch (error) {
    // Two concurrent upserts of the same pair: the other one made it, which is what we want.
    if (!isDuplicateKey(error)) throw error;
  }
}
