// Every date and time the client shows or takes in, in Swedish time (Europe/Stockholm) whatever
// the browser's own zone: meetings happen in Sweden, so 17:00 means 17:00 there. Formatting uses
// Intl with the zone named; a datetime-local input's value is read as Stockholm wall time and
// sent to the API as a UTC instant (ISO 8601).
export const TIME_ZONE = 'Europe/Stockholm';

const locale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'sv-SE');

/** A calendar day (YYYY-MM-DD) stands for that day in Sweden; anything else is an instant. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

const DATE_TIME_STYLES = {
  full: { dateStyle: 'full', timeStyle: 'short' },
  medium: { dateStyle: 'medium', timeStyle: 'short' },
  precise: { dateStyle: 'short', timeStyle: 'medium' },
} as const;

/**
 * A point in time as a date and a time: `full` ("tisdag 10 mars 2026 kl. 18:00") for meetings,
 * `medium` ("10 mars 2026 18:00") in lists, timelines and threads, `precise` (with seconds,
 * "2026-03-10 18:00:05") in logs.
 */
export function formatDateTime(
  value: string | Date,
  language: string,
  length: keyof typeof DATE_TIME_STYLES = 'full',
): string {
  return new Intl.DateTimeFormat(locale(language), {
    ...DATE_TIME_STYLES[length],
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/** A calendar day or an instant as a date ("10 mars 2026"). */
export function formatDate(value: string | Date, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Stockholm wall-clock reading of an instant. */
function stockholmWallTime(instant: Date): WallTime {
  const parts = wallClock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** How far Stockholm's clock is ahead of UTC at an instant (1 h in winter, 2 h in summer). */
function stockholmOffsetMs(instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return asUtc(stockholmWallTime(new Date(whole))) - whole;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Swedish wall time ("2026-03-10T17:00", as a datetime-local input gives it, or a bare day for
 * its midnight) as a UTC ISO instant. Undefined for anything else.
 */
export function stockholmToIso(value: string): string | undefined {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const wall = Date.UTC(+year!, +month! - 1, +day!, +hour, +minute, +second);
  // The offset at the guess is right except within an hour of a clock change; the second
  // reading settles it.
  const guess = wall - stockholmOffsetMs(wall);
  return new Date(wall - stockholmOffsetMs(guess)).toISOString();
}

/** An instant as the value of a datetime-local input showing Swedish time ("2026-03-10T17:00"). */
export function isoToStockholmInput(value: string | Date): string {
  const w = stockholmWallTime(toDate(value));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/** Today's date in Sweden (YYYY-MM-DD), e.g. as a date input's default. */
export function stockholmToday(now: Date = new Date()): string {
  return isoToStockholmInput(now).slice(0, 10);
}
