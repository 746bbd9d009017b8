// The one way a route or socket handler refuses: `authorize(allowed)` throws 401 for anonymous
// callers and 403 for the wrong role.
import type { CurrentUser } from '../auth/current-user';
import { forbidden, unauthenticated } from '../errors';

export function authorize(
  user: CurrentUser | undefined,
  allowed: (user: CurrentUser) => boolean,
  message?: string,
): asserts user is CurrentUser {
  if (!user) throw unauthenticated();
  if (!allowed(user)) throw forbidden(message);
}
