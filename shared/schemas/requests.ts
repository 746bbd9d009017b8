// Requests to see a document (begäran att ta del av allmän handling), made from a confidential
// document's page: the registry receives it by mail, it is registered with a reference, and the
// requester is told. Anyone may ask, also without logging in and without giving a name (the
// right to remain anonymous); an e-mail address is needed only to get the answer by mail.
import { z } from 'zod';
import { userText } from './common';

export const REQUEST_LIMITS = { messageMax: 2_000, nameMax: 200 } as const;

/** How the requester wants the document if it is released. */
export const REQUEST_DELIVERIES = ['email', 'post', 'visit'] as const;

export const CreateRecordRequestSchema = z.object({
  /** Optional: anyone may ask anonymously. */
  name: userText().trim().max(REQUEST_LIMITS.nameMax).optional(),
  /** Where the registry answers; a signed-in person's confirmed address is used when empty. */
  email: z.union([z.literal(''), z.email().max(320)]).optional(),
  delivery: z.enum(REQUEST_DELIVERIES).default('email'),
  /** Which part, or anything the registry should know. */
  message: userText().trim().max(REQUEST_LIMITS.messageMax).optional(),
});
export type CreateRecordRequestInput = z.input<typeof CreateRecordRequestSchema>;

export const RecordRequestViewSchema = z.object({
  reference: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  createdAt: z.string(),
  /** Whether a confirmation went by e-mail (to the address given or the person's own). */
  confirmationMailed: z.boolean(),
});
export type RecordRequestView = z.infer<typeof RecordRequestViewSchema>;

/** The registry's contact details shown on documents (and where requests are mailed). */
export const RegistryContactSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  address: z.string(),
  hours: z.string(),
});
export type RegistryContact = z.infer<typeof RegistryContactSchema>;
