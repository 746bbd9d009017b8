// Serialises work on one key on this node. FerretDB 1.24 applies an update by rewriting the whole
// document, so two concurrent updates of the same document lose one of them (tested: 10 concurrent
// `$inc`s left 1-2). Writes that must not be lost go through `withLock(key)`, which makes them
// exact on one node with any database; across nodes MongoDB's atomic updates do the rest.
const tails = new Map<string, Promise<unknown>>();

export function withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
