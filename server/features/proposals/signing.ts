// Whether a proposal collects signatures right now: open, and its deadline not passed.
import { conflict } from '../../errors';
import { now } from './clock';

export function assertSigningOpen(proposal: { status: string; closesAt?: Date | null }): void {
  const open = proposal.status === 'open' && proposal.closesAt && proposal.closesAt > now();
  if (!open) throw conflict('The proposal is not open for signatures');
}
