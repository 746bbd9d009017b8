// A registered request to see a document. The requester's name, address and message are
// personal data: kept for the registry's handling, exported to the person, never in the log.
import mongoose, { Schema } from 'mongoose';
import { REQUEST_DELIVERIES, REQUEST_LIMITS } from '@shared/schemas/requests';

const requestSchema = new Schema(
  {
    reference: { type: String, required: true, unique: true },
    documentId: { type: String, required: true },
    documentTitle: { type: String, required: true },
    bodyId: { type: String, required: true },
    /** The signed-in requester, if any (anyone may ask anonymously). */
    userId: { type: String },
    name: { type: String, maxlength: REQUEST_LIMITS.nameMax },
    email: { type: String, maxlength: 320 },
    delivery: { type: String, enum: REQUEST_DELIVERIES, required: true },
    message: { type: String, maxlength: REQUEST_LIMITS.messageMax },
    status: { type: String, enum: ['received'], default: 'received' },
  },
  { timestamps: true },
);
requestSchema.index({ userId: 1, createdAt: -1 });
requestSchema.index({ documentId: 1, createdAt: -1 });

export const RecordRequest = mongoose.model('RecordRequest', requestSchema);
