// Ids at the edge: a MongoDB ObjectId arrives as a 24-character hex string; anything else is no
// id of ours (answer not_found, never a cast error from the database).
const OBJECT_ID = /^[0-9a-f]{24}$/i;

export const isObjectId = (value: unknown): value is string =>
  typeof value === 'string' && OBJECT_ID.test(value);
