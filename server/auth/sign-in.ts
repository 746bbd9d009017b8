// Starts a signed-in session for a user: always under a new session id (no fixation).
import type { Request } from 'express';

export async function startUserSession(req: Request, userId: string): Promise<void> {
  const returnTo = req.session.returnTo;
  await new Promise<void>((resolve, reject) =>
    req.session.regenerate((error) => (error ? reject(error as Error) : resolve())),
  );
  req.session.userId = userId;
  req.session.loginAt = Date.now();
  if (returnTo) req.session.returnTo = returnTo;
  await new Promise<void>((resolve, reject) =>
    req.session.save((error) => (error ? reject(error as Error) : resolve())),
  );
}

export async function endUserSession(req: Request): Promise<void> {
  await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
}
