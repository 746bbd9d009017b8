// How a person is named next to what they wrote: their chosen display form, or the pseudonym
// after they erased their identity. Content stores only the author's user id, never the name.
import mongoose from 'mongoose';
import { User } from './user-model';

export const ERASED_NAME = { sv: 'Tidigare användare', en: 'Former user' } as const;

export interface AuthorName {
  displayName: string;
  erased: boolean;
}

export function presentName(user: {
  displayName: string;
  givenName?: string | null;
  surname?: string | null;
  nameDisplay?: string | null;
  erasedAt?: Date | null;
}): AuthorName {
  if (user.erasedAt) return { displayName: ERASED_NAME.sv, erased: true };
  if (user.nameDisplay === 'initial' && user.givenName) {
    const initial = user.surname ? ` ${user.surname.charAt(0)}.` : '';
    return { displayName: `${user.givenName}${initial}`, erased: false };
  }
  return { displayName: user.displayName, erased: false };
}

/** Names for many authors with one query. Unknown ids map to the pseudonym. */
export async function loadAuthorNames(userIds: Iterable<string>): Promise<Map<string, AuthorName>> {
  const ids = [...new Set(userIds)].filter((id) => /^[0-9a-f]{24}$/i.test(id));
  const users = await User.find(
    // trusted: the connection sanitises filters, which would turn this $in into a literal match.
    { _id: mongoose.trusted({ $in: ids }) },
    { displayName: 1, givenName: 1, surname: 1, nameDisplay: 1, erasedAt: 1 },
  ).lean();
  const names = new Map<string, AuthorName>();
  for (const id of ids) names.set(id, { displayName: ERASED_NAME.sv, erased: true });
  for (const user of users) names.set(String(user._id), presentName(user));
  return names;
}
