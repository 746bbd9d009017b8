// The order a list is shown in changes only when the reader asks for it ("Ny ordning – visa") or
// after a pause while the pointer and the keyboard focus are elsewhere: a vote never moves a
// question out from under the pointer. New items join at the end until the next reordering;
// items that left the list leave at once.
import { useCallback, useEffect, useState } from 'react';

/** How long a new order waits before it is shown by itself (the reader not pointing into the list). */
export const REORDER_PAUSE_MS = 8_000;

/**
 * `wanted` is the order the list would have now; `resetKey` (the chosen sort) shows the wanted
 * order at once when it changes: choosing a sort is asking for the new order.
 */
export function useStableOrder(wanted: string[], resetKey: string, pauseMs = REORDER_PAUSE_MS) {
  const [shown, setShown] = useState<string[]>(wanted);
  const [shownFor, setShownFor] = useState(resetKey);
  const [engaged, setEngaged] = useState(false);
  const wantedKey = wanted.join(',');
  if (shownFor !== resetKey) {
    setShownFor(resetKey);
    setShown(wanted);
  }

  // Keep what is shown, drop what left, add what is new at the end.
  const present = new Set(wanted);
  const kept = shown.filter((id) => present.has(id));
  const keptSet = new Set(kept);
  // Nothing shown yet (the first answer of the join): the wanted order is shown as it is.
  const order = kept.length === 0 ? wanted : [...kept, ...wanted.filter((id) => !keptSet.has(id))];
  const stale = order.join(',') !== wantedKey;
  if (kept.length === 0 && wanted.length > 0) setShown(wanted);

  const apply = useCallback(() => setShown(wantedKey ? wantedKey.split(',') : []), [wantedKey]);

  useEffect(() => {
    if (!stale || engaged) return;
    const timer = setTimeout(apply, pauseMs);
    return () => clearTimeout(timer);
  }, [stale, engaged, wantedKey, pauseMs, apply]);

  /** Props for the list: the pointer or focus inside it holds the order still. */
  const holdProps = {
    onPointerEnter: () => setEngaged(true),
    onPointerLeave: () => setEngaged(false),
    onFocus: () => setEngaged(true),
    onBlur: (event: { currentTarget: Element; relatedTarget: EventTarget | null }) => {
      if (!(
        event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)
      ))
        setEngaged(false);
    },
  };
  return { order, stale, apply, holdProps };
}
