// Signing, withdrawing and following. One signature per person is the unique index on
// (proposalId, userId); the stored count is recomputed from the signatures after every change
// (never $inc, see recount.ts).
import type { AppContext } from '../../context';
import type { CurrentUser } from '../../auth/current-user';
import { conflict, notFound } from '../../errors';
import { audit } from './audit';
import { now } from './clock';
import { Follow, Signature } from './model';
import { recount } from './recount';
import { loadVisible } from './service';
import { retryTransient } from '../../db/retry';

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

async function follow(proposalId: string, userId: string): Promise<void> {
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

function assertOpen(proposal: { status: string; closesAt?: Date | null }) {
  const open = proposal.status === 'open' && proposal.closesAt && proposal.closesAt > now();
  if (!open) throw conflict('The proposal is not open for signatures');
}

export async function sign(ctx: AppContext, user: CurrentUser, id: string): Promise<number> {
  const proposal = await loadVisible(id, user);
  assertOpen(proposal);
  try {
    await retryTransient(() => Signature.create({ proposalId: id, userId: user.id }));
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict('You have already signed this proposal');
    throw error;
  }
  await follow(id, user.id);
  await audit({
    actor: user.id,
    action: 'proposal.signed',
    subject: { type: 'proposal', id },
  });
  return recount(ctx, id);
}

export async function withdraw(ctx: AppContext, user: CurrentUser, id: string): Promise<number> {
  const proposal = await loadVisible(id, user);
  assertOpen(proposal);
  const { deletedCount } = await retryTransient(() =>
    Signature.deleteOne({ proposalId: id, userId: user.id }),
  );
  if (deletedCount === 0) throw notFound('You have not signed this proposal');
  await audit({
    actor: user.id,
    action: 'proposal.signature_withdrawn',
    subject: { type: 'proposal', id },
  });
  return recount(ctx, id);
}

export async function setFollowing(
  user: CurrentUser,
  id: string,
  following: boolean,
): Promise<void> {
  await loadVisible(id, user);
  if (following) await follow(id, user.id);
  else await retryTransient(() => Follow.deleteOne({ proposalId: id, userId: user.id }));
  await audit({
    actor: user.id,
    action: following ? 'proposal.followed' : 'proposal.unfollowed',
    subject: { type: 'proposal', id },
  });
}
