// A document (handling) in the public registry. The file lives in GridFS (bucket documentFiles);
// here are its metadata, hash and extracted text. Confidential documents keep their text and file
// on the server; presenters never hand them out.
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import {
  DOCUMENT_KINDS,
  DOCUMENT_TEXT_MAX,
  DOCUMENT_TITLE_MAX,
  SECRECY,
  SECRECY_REFERENCE_MAX,
} from '@shared/schemas/documents';

const fileSchema = new Schema(
  {
    fileId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true, maxlength: 255 },
    /** Sniffed from the content, never the client's claim. */
    mimeType: { type: String, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
  },
  { _id: false },
);

const documentSchema = new Schema(
  {
    title: { type: String, required: true, maxlength: DOCUMENT_TITLE_MAX },
    kind: { type: String, enum: DOCUMENT_KINDS, required: true },
    bodyId: { type: String, required: true },
    /** The document's own date, YYYY-MM-DD. */
    date: { type: String, required: true },
    caseNumber: { type: String, maxlength: 40 },
    secrecy: { type: String, enum: SECRECY, required: true },
    secrecyReference: { type: String, maxlength: SECRECY_REFERENCE_MAX },
    /** Typed text or text extracted from the PDF; used for search (public documents only). */
    text: { type: String, maxlength: DOCUMENT_TEXT_MAX },
    file: { type: fileSchema },
    createdBy: { type: String, required: true },
  },
  { timestamps: true },
);
documentSchema.index({ bodyId: 1, date: -1 });
documentSchema.index({ createdAt: -1 });
documentSchema.index({ updatedAt: 1 });

export type DocumentFields = InferSchemaType<typeof documentSchema>;
export type DocumentRecord = HydratedDocument<DocumentFields>;
export const RecordDocument = mongoose.model('RecordDocument', documentSchema, 'documents');
