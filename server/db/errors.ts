// Recognising database errors the code reacts to.

/** A write refused by a unique index (E11000), e.g. a second signature by the same person. */
export const isDuplicateKey = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 11000;
