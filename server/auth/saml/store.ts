// What the SP remembers between requests, in MongoDB so that any app node can finish a login
// another node started: outstanding AuthnRequest ids (node-saml's InResponseTo cache) and the
// ids of assertions already used (replay). Expiry is an explicit `expiresAt` removed by the
// app's own sweep (no TTL index: FerretDB lacks them).
import mongoose, { Schema, trusted } from 'mongoose';
import type { CacheItem, CacheProvider } from '@node-saml/node-saml';

export const REQUEST_ID_TTL_MS = 10 * 60 * 1000;

const samlRequestSchema = new Schema(
  {
    _id: { type: String },
    value: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);
export const SamlRequest = mongoose.model('SamlRequest', samlRequestSchema, 'saml_requests');

const seenAssertionSchema = new Schema(
  {
    assertionId: { type: String, required: true, unique: true },
    idp: { type: String, required: true },
    expiresAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);
export const SeenAssertion = mongoose.model(
  'SeenAssertion',
  seenAssertionSchema,
  'saml_seen_assertions',
);

/** node-saml's CacheProvider over the saml_requests collection. */
export class MongoRequestCache implements CacheProvider {
  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    const now = new Date();
    await SamlRequest.create({
      _id: key,
      value,
      createdAt: now,
      expiresAt: new Date(now.getTime() + REQUEST_ID_TTL_MS),
    });
    return { value, createdAt: now.getTime() };
  }

  async getAsync(key: string): Promise<string | null> {
    if (typeof key !== 'string' || key.length > 200) return null;
    const found = await SamlRequest.findOne({
      _id: key,
      expiresAt: trusted({ $gt: new Date() }),
    }).lean();
    return found ? found.value : null;
  }

  async removeAsync(key: string | null): Promise<string | null> {
    if (typeof key !== 'string') return null;
    const removed = await SamlRequest.deleteOne({ _id: key });
    return removed.deletedCount > 0 ? key : null;
  }
}

/**
 * Records an assertion id; false when it was seen before (a replay). Kept until well after the
 * assertion could still be valid.
 */
export async function firstUseOfAssertion(
  assertionId: string,
  idp: string,
  validUntil: Date,
): Promise<boolean> {
  const keepUntil = new Date(Math.max(validUntil.getTime(), Date.now()) + 24 * 60 * 60 * 1000);
  try {
    await SeenAssertion.create({ assertionId, idp, expiresAt: keepUntil });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}

/** Removes expired request ids and assertion ids; run by the auth feature's scheduler. */
export async function sweepSamlStore(now = new Date()): Promise<void> {
  await SamlRequest.deleteMany({ expiresAt: trusted({ $lte: now }) });
  await SeenAssertion.deleteMany({ expiresAt: trusted({ $lte: now }) });
}
