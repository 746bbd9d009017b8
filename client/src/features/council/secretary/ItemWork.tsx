// The work on the current item: its speakers, motions, votes, decision, reservations and recusals.
import type { MeetingStateView } from '@shared/schemas/council';
import type { MeetingView } from '@shared/schemas/meetings';
import { currentItemOf } from '../useSitting';
import { Decision } from './Decision';
import { Motions } from './Motions';
import { ReservationsAndRecusals } from './ReservationsAndRecusals';
import { Speakers } from './Speakers';
import { Votes } from './Votes';

export function ItemWork({ meeting, state }: { meeting: MeetingView; state: MeetingStateView }) {
  const item = currentItemOf(state);
  if (!item) return null;
  return (
    <>
      <Speakers item={item} state={state} />
      <Motions item={item} state={state} />
      <Votes item={item} state={state} />
      <Decision meeting={meeting} item={item} />
      {/* Keyed by the item: a confirmation or half-filled form does not carry over to the next. */}
      <ReservationsAndRecusals key={item.itemId} item={item} state={state} />
    </>
  );
}
