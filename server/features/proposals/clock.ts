// The proposals feature's notion of "now". Deadlines are compared against it, so tests move the
// clock forward (setClockOffset) instead of waiting 90 days or faking timers.
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Shifts the clock by `ms` from real time (0 restores it). For tests and demos. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
