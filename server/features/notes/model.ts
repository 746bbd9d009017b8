// Private notes: a person's own notes on a document (at a page or a paragraph) or on an agenda
// item. Visible to their author alone; never indexed, published or logged; exported and erased
// with the person.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { NOTE_QUOTE_MAX, NOTE_TEXT_MAX } from '@shared/schemas/reading';

const anchorSchema = new Schema(
  {
    page: { type: Number },
    paragraph: { type: Number },
    quote: { type: String, maxlength: NOTE_QUOTE_MAX },
  },
  { _id: false },
);

const noteSchema = new Schema(
  {
    userId: { type: String, required: true },
    subjectType: { type: String, enum: ['document', 'agendaItem'], required: true },
    subjectId: { type: String, required: true },
    text: { type: String, required: true, maxlength: NOTE_TEXT_MAX },
    anchor: { type: anchorSchema },
  },
  { timestamps: true, versionKey: false },
);
noteSchema.index({ userId: 1, subjectType: 1, subjectId: 1, createdAt: 1 });

export type NoteFields = InferSchemaType<typeof noteSchema> & {
  _id: mongoose.Types.ObjectId;
  createdAt: Date;
};
export const Note = mongoose.model('Note', noteSchema);
