// A body (nämnd, kommunfullmäktige, kommunstyrelse) with its members (officials, with party and
// position) and secretaries. The role grants on the user (`official`/`secretary` with bodyId) are
// what policies check; the member list here is what the public sees.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const memberSchema = new Schema(
  {
    userId: { type: String, required: true },
    party: { type: String, maxlength: 100 },
    /** e.g. ordförande, vice ordförande, ledamot, ersättare */
    position: { type: String, maxlength: 100 },
  },
  { _id: false },
);

const bodySchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 200 },
    shortName: { type: String, maxlength: 20 },
    kind: {
      type: String,
      enum: ['council', 'executive', 'committee', 'other'],
      default: 'committee',
    },
    /** Swedish collation key (å ä ö after z), since FerretDB has no collation. */
    sortKey: { type: String, required: true },
    members: { type: [memberSchema], default: [] },
    secretaryIds: { type: [String], default: [] },
  },
  { timestamps: true },
);
bodySchema.index({ sortKey: 1 });

export type BodyFields = InferSchemaType<typeof bodySchema>;
export const Body = mongoose.model('Body', bodySchema);
