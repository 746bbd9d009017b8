// The append-only audit log (spårbarhet). Entries form a hash chain: each carries the SHA-256 of
// the previous entry, so an edited or deleted entry breaks the chain.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const auditSchema = new Schema(
  {
    seq: { type: Number, required: true, unique: true },
    at: { type: Date, required: true },
    actor: { type: String, required: true }, // user id, or 'system'
    action: { type: String, required: true },
    subject: {
      type: { type: String, required: true },
      id: { type: String, required: true },
    },
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
    ip: { type: String },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  // Empty objects stay: the hash covers the entry as given (see stored-form.ts).
  { versionKey: false, minimize: false },
);
auditSchema.index({ at: -1 });
auditSchema.index({ actor: 1, at: -1 });
auditSchema.index({ 'subject.type': 1, 'subject.id': 1, at: -1 });
auditSchema.index({ action: 1, at: -1 });

export type AuditFields = InferSchemaType<typeof auditSchema>;
export const AuditEntry = mongoose.model('AuditEntry', auditSchema);
