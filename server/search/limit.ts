// Bounds how many index reads one process has in flight. FerretDB on SQLite slows down sharply
// when many queries run at once (they contend for the same database file), so twenty searches
// each reading twenty records finish sooner when their reads queue here instead.
const MAX_IN_FLIGHT = 4;
let inFlight = 0;
const waiting: Array<() => void> = [];

export async function limited<T>(read: () => Promise<T>): Promise<T> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  else inFlight++;
  try {
    return await read();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  }
}
