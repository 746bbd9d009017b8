// An in-process queue per key. FerretDB does not make a filtered update atomic (it reads, then
// writes), so writers of one index document in this process wait for each other. Across
// processes (several app nodes, on MongoDB where updates are atomic) version checks guard.
const locks = new Map<string, Promise<void>>();

export function withLock(key: string, work: () => Promise<void>): Promise<void> {
  const next = (locks.get(key) ?? Promise.resolve()).then(work);
  const tracked = next.catch(() => undefined);
  locks.set(key, tracked);
  void tracked.then(() => {
    if (locks.get(key) === tracked) locks.delete(key);
  });
  return next;
}
