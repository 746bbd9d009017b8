// A person known to the platform. Identified by pidHash, the keyed hash of their personnummer;
// the number itself is never stored.
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { ROLES } from '@shared/roles';

const roleGrantSchema = new Schema(
  {
    role: { type: String, enum: ROLES, required: true },
    bodyId: { type: String },
    // Where the grant came from: absent for grants by an admin or the CLI, `idp:<name>` for
    // grants mapped from an IdP's group attribute (replaced at each login through that IdP).
    source: { type: String },
  },
  { _id: false },
);

const userSchema = new Schema(
  {
    // After erasure it becomes `erased:<id>`, which hashes nothing and keeps the unique index.
    pidHash: { type: String, required: true, unique: true },
    displayName: { type: String, required: true, maxlength: 200 },
    givenName: { type: String, maxlength: 100 },
    surname: { type: String, maxlength: 100 },
    nameDisplay: { type: String, enum: ['full', 'initial'], default: 'full' },
    // The confirmed address notifications are mailed to.
    email: { type: String, maxlength: 320 },
    // A new address waiting for its confirmation link (features/notifications/email.ts); the
    // token only as its SHA-256, left out of the person's export. (Not `select: false`: mongoose
    // then projects findOneAndUpdate, which FerretDB refuses.)
    emailPending: {
      type: new Schema(
        {
          address: { type: String, required: true, maxlength: 320 },
          tokenHash: { type: String, required: true },
          expiresAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      required: false,
    },
    roles: { type: [roleGrantSchema], default: [] },
    lastLoginAt: { type: Date },
    erasedAt: { type: Date },
    // Set whenever roles change, so every node can re-check its live sockets (see auth/feature).
    rolesChangedAt: { type: Date, index: true },
  },
  { timestamps: true },
);

export type UserFields = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<UserFields>;
export const User = mongoose.model('User', userSchema);
