// The appeal period of a notice: three weeks from the day the approval of the minutes was posted
// (kommunallagen 13 kap. 6 §), in calendar days of Swedish time. (A period that ends on a
// weekend or holiday runs to the next weekday under lag 1930:173; the notice states the plain
// three-week date, as the issue asks; see docs/records.md.)

const TIME_ZONE = 'Europe/Stockholm';

/** The date in Sweden at `instant`, as YYYY-MM-DD. */
export function swedishDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

function toUtcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function fromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = toUtcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

/** The last day to appeal for a notice posted on `postedOn` (YYYY-MM-DD). */
export function appealEndsOn(postedOn: string): string {
  return addDays(postedOn, 21);
}
