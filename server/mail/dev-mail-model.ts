// Messages the development mailbox caught instead of sending them (never used in production).
import mongoose, { Schema } from 'mongoose';

const devMailSchema = new Schema(
  {
    from: { type: String, required: true },
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
devMailSchema.index({ createdAt: -1 });
export const DevMail = mongoose.model('DevMail', devMailSchema);
