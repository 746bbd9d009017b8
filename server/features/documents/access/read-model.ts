// Read marks: that a person has opened a document (its text, its file or the whole meeting), for
// the read / unread marks of "my meetings". Personal data: exported and erased with the person,
// never shown to anyone else.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const readMarkSchema = new Schema(
  {
    userId: { type: String, required: true },
    documentId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
readMarkSchema.index({ userId: 1, documentId: 1 }, { unique: true });

export type ReadMarkFields = InferSchemaType<typeof readMarkSchema>;
export const ReadMark = mongoose.model('ReadMark', readMarkSchema);
