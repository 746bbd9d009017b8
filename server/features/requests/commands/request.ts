// Asking to see a document: the request is stored with a reference, mailed to the registry (with
// the document's registry entry and how to reach the requester), audited without personal data,
// and confirmed to the requester: in the app (a notification) when signed in, and by mail to the
// address given or the person's confirmed one. Anyone may ask, also anonymously; anonymous
// requests take the per-address upload limit (60 a minute), signed-in ones the write limit.
import mongoose from 'mongoose';
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { CreateRecordRequestSchema, type RecordRequestView } from '@shared/schemas/requests';
import type { AppContext } from '../../../context';
import { User } from '../../../auth/user-model';
import { defineCommand } from '../../../commands/define';
import { notFound } from '../../../errors';
import { mailerFor } from '../../../mail/mailer';
import { bodyName } from '../../bodies';
import { documentRow, type DocumentRow } from '../../documents';
import { registryContact } from '../../municipality';
import { notify } from '../../notifications';
import { RecordRequest } from '../model';

const DELIVERY_SV = { email: 'e-post', post: 'brev', visit: 'läsa på plats' } as const;

const referenceOf = (id: mongoose.Types.ObjectId, at: Date) =>
  `BEG-${at.getUTCFullYear()}-${String(id).slice(-6).toUpperCase()}`;

interface Registered {
  view: RecordRequestView;
  document: DocumentRow;
}

async function mailRegistry(
  app: AppContext,
  request: {
    reference: string;
    name?: string;
    email?: string;
    delivery: keyof typeof DELIVERY_SV;
    message?: string;
  },
  document: DocumentRow,
) {
  const contact = await registryContact(app.config);
  const link = new URL(`/handlingar/${String(document._id)}`, app.config.publicUrl).toString();
  const body = (await bodyName(document.bodyId)) ?? '';
  await mailerFor(app).send({
    to: contact.email,
    subject: `Begäran att ta del av allmän handling (${request.reference})`,
    text:
      `En begäran att ta del av en handling har kommit in via Mötesplats.\n\n` +
      `Referens: ${request.reference}\n` +
      `Handling: ${document.title}\n` +
      (document.caseNumber ? `Diarienummer: ${document.caseNumber}\n` : '') +
      `Nämnd: ${body}\n${link}\n\n` +
      `Sökande: ${request.name || '(anonym)'}\n` +
      `Svar till: ${request.email || '(ingen e-postadress angiven)'}\n` +
      `Önskar handlingen som: ${DELIVERY_SV[request.delivery]}\n` +
      (request.message ? `\nMeddelande:\n${request.message}\n` : '') +
      `\nBegäran ska behandlas skyndsamt (2 kap. 15 § tryckfrihetsförordningen).\n`,
  });
}

function confirmationMail(reference: string, title: string, link: string) {
  return {
    subject: `Din begäran är registrerad (${reference})`,
    text:
      `Tack! Din begäran att ta del av ”${title}” har kommit in till registratorn och ` +
      `registrerats med referens ${reference}.\n\nEn begäran ska behandlas skyndsamt, normalt ` +
      `inom några dagar. Handlingen sekretessprövas innan den lämnas ut; får du avslag kan du ` +
      `begära ett skriftligt beslut som går att överklaga.\n\n${link}\n\n---\n` +
      `Your request to see "${title}" is registered with reference ${reference}.\n`,
  };
}

export const requestDocument = defineCommand({
  name: 'document.request',
  input: CreateRecordRequestSchema.extend({ id: IdSchema }),
  load: async ({ id }) => {
    const document = await documentRow(id);
    if (!document) throw notFound('No such document');
    return document;
  },
  policy: 'public',
  async work({ app, actor, input, user, subject: document }): Promise<Registered> {
    if (!user) await app.limits.takeAddress('upload', actor.ip);
    const own = user ? await User.findById(user.id, { email: 1 }).lean() : null;
    const email = input.email || own?.email || undefined;
    const _id = new mongoose.Types.ObjectId();
    const at = new Date();
    const reference = referenceOf(_id, at);
    const stored = await RecordRequest.create({
      _id,
      reference,
      documentId: String(document._id),
      documentTitle: document.title,
      bodyId: document.bodyId,
      ...(user ? { userId: user.id } : {}),
      ...(input.name ? { name: input.name } : {}),
      ...(email ? { email } : {}),
      delivery: input.delivery,
      ...(input.message ? { message: input.message } : {}),
    });
    // The registry must receive it: a failed mail is an error the requester sees (and may retry).
    await mailRegistry(app, { ...input, email, reference }, document);
    return {
      document,
      view: {
        reference,
        documentId: String(document._id),
        documentTitle: document.title,
        createdAt: stored.createdAt.toISOString(),
        confirmationMailed: Boolean(email),
      },
    };
  },
  audit: ({ view }) => ({
    action: 'document.requested',
    subject: { type: 'document', id: view.documentId },
    after: { reference: view.reference },
  }),
  async followUp({ view }, { app, user, input }) {
    const path = `/handlingar/${view.documentId}`;
    if (user) {
      await notify(app, [user.id], {
        kind: 'records_request',
        subject: { type: 'document', id: view.documentId, title: view.documentTitle },
        path,
        reference: view.reference,
      });
    }
    // A person's own confirmed address is mailed by the notification already.
    const own = user ? await User.findById(user.id, { email: 1 }).lean() : null;
    const to = input.email && (!user || input.email !== own?.email) ? input.email : undefined;
    if (to) {
      const link = new URL(path, app.config.publicUrl).toString();
      await mailerFor(app).send({
        to,
        ...confirmationMail(view.reference, view.documentTitle, link),
      });
    }
  },
  present: ({ view }) => view,
});

export const registryContactCommand = defineCommand({
  name: 'registry.contact',
  input: z.object({}),
  policy: 'public',
  work: ({ app }) => registryContact(app.config),
});
