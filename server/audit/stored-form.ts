// An audit entry exactly as the database will hold it, so that its hash covers what is stored and
// a stored entry re-hashes to its hash. BSON stores strings as UTF-8 (a lone UTF-16 surrogate
// comes back as U+FFFD), drops undefined fields, keeps Dates: the entry goes through the same
// encoding once before it is hashed and written. ObjectIds become their hex strings first (the
// canonical JSON of the hash has no form for them).
import { BSON } from 'mongodb';

function withoutObjectIds(value: unknown): unknown {
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  if ((value as { _bsontype?: unknown })._bsontype === 'ObjectId') {
    return (value as { toHexString(): string }).toHexString();
  }
  if (Array.isArray(value)) return value.map(withoutObjectIds);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withoutObjectIds(v)]),
  );
}

export function storedForm<T extends object>(doc: T): T {
  const plain = withoutObjectIds(doc) as Record<string, unknown>;
  return BSON.deserialize(BSON.serialize(plain, { ignoreUndefined: true })) as T;
}
