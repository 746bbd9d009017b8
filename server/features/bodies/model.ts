// A body (nämnd, kommunfullmäktige, kommunstyrelse) with its members (officials, with party and
// position) and secretaries. The role grants on the user (`official`/`secretary` with bodyId) are
// what policies check; the member list here is what the public sees.
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import {
  BODY_KINDS,
  BODY_NAME_MAX,
  BODY_SHORT_NAME_MAX,
  MEMBER_TEXT_MAX,
} from '@shared/schemas/bodies';

const memberSchema = new Schema(
  {
    userId: { type: String, required: true },
    party: { type: String, maxlength: MEMBER_TEXT_MAX },
    /** e.g. ordförande, vice ordförande, ledamot, ersättare */
    position: { type: String, maxlength: MEMBER_TEXT_MAX },
  },
  { _id: false },
);

const bodySchema = new Schema(
  {
    name: { type: String, required: true, maxlength: BODY_NAME_MAX },
    shortName: { type: String, maxlength: BODY_SHORT_NAME_MAX },
    kind: { type: String, enum: BODY_KINDS, default: 'committee' },
    /** Swedish collation key (å ä ö after z), since FerretDB has no collation. */
    sortKey: { type: String, required: true },
    members: { type: [memberSchema], default: [] },
    secretaryIds: { type: [String], default: [] },
  },
  { timestamps: true },
);
bodySchema.index({ sortKey: 1 });
bodySchema.index({ updatedAt: 1 });

export type BodyFields = InferSchemaType<typeof bodySchema>;
export type BodyRecord = HydratedDocument<BodyFields>;
export const Body = mongoose.model('Body', bodySchema);
