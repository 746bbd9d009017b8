// Records for citizens over real HTTP: a request to see a confidential document reaches the
// registry's configured address, is registered (stored, audited without personal data) and
// confirmed to the requester (notification and mail); anonymous requests work too. One meeting's
// calendar file. The registry's contact details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';
import { AuditEntry } from '../../audit/model';
import { User } from '../../auth/user-model';
import { RecordRequest } from './model';

const REGISTRY = 'registrator@exempelkommun.se';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ REGISTRY_EMAIL: REGISTRY, REGISTRY_PHONE: '0123-45 67 00' });
});
afterAll(async () => {
  await app?.close();
});

type Mail = { to: string; subject: string; text: string };
const mails = async (): Promise<Mail[]> => (await app.client().get('/dev-mailbox.json')).body.data;

async function confidentialDocument() {
  const bodyId = await makeBody('Socialnämnden');
  const secretary = await secretaryOf(app, bodyId);
  const id = await createDocument(secretary.client, bodyId, {
    title: 'Utredning om placering',
    secrecy: 'confidential',
    secrecyReference: 'OSL 26 kap. 1 §',
    caseNumber: 'SN 2026/77',
  });
  return id;
}

describe('requesting a document', () => {
  it('registers the request, mails the registry and confirms to the signed-in requester', async () => {
    const documentId = await confidentialDocument();
    const me = await signedInUser(app);
    const address = `sokande-${me.id}@example.se`;
    await User.updateOne({ _id: me.id }, { $set: { email: address } });
    const res = await me.client.post<{ data: { reference: string; confirmationMailed: boolean } }>(
      `/api/v1/documents/${documentId}/requests`,
      { name: 'Sara Sökande', delivery: 'email', message: 'Gärna bara beslutsdelen.' },
    );
    expect(res.status).toBe(201);
    const { reference } = res.body.data;
    expect(reference).toMatch(/^BEG-\d{4}-[0-9A-F]{6}$/);
    expect(res.body.data.confirmationMailed).toBe(true);
    expect(await RecordRequest.countDocuments({ reference, userId: me.id })).toBe(1);

    const toRegistry = (await mails()).filter(
      (m) => m.to === REGISTRY && m.text.includes(reference),
    );
    expect(toRegistry).toHaveLength(1);
    expect(toRegistry[0]!.text).toContain('Utredning om placering');
    expect(toRegistry[0]!.text).toContain('SN 2026/77');
    expect(toRegistry[0]!.text).toContain('Sara Sökande');
    expect(toRegistry[0]!.text).toContain(address);

    const list = await me.client.get<{ data: Array<{ kind: string; reference?: string }> }>(
      '/api/v1/notifications',
    );
    expect(list.body.data).toMatchObject([{ kind: 'records_request', reference }]);
    await expect
      .poll(async () => (await mails()).filter((m) => m.to === address).map((m) => m.subject))
      .toEqual([`Din begäran är registrerad (${reference})`]);

    const audit = await AuditEntry.find({ action: 'document.requested', actor: me.id }).lean();
    expect(audit.map((a) => a.after)).toEqual([{ reference }]);
    expect(JSON.stringify(audit)).not.toContain(address);
    expect(JSON.stringify(audit)).not.toContain('Sara');

    const exported = await me.client.get<{
      data: { recordRequests: Array<{ reference: string }> };
    }>('/api/v1/me/export');
    expect(exported.body.data.recordRequests).toMatchObject([{ reference }]);
  });

  it('takes anonymous requests, confirming by mail when an address is given', async () => {
    const documentId = await confidentialDocument();
    const anonymous = app.client();
    const res = await anonymous.post<{ data: { reference: string } }>(
      `/api/v1/documents/${documentId}/requests`,
      { email: 'anonym@example.se', delivery: 'post' },
    );
    expect(res.status).toBe(201);
    const { reference } = res.body.data;
    expect((await mails()).some((m) => m.to === REGISTRY && m.text.includes(reference))).toBe(true);
    await expect
      .poll(async () => (await mails()).filter((m) => m.to === 'anonym@example.se').length)
      .toBe(1);
    const noAddress = await anonymous.post(`/api/v1/documents/${documentId}/requests`, {});
    expect(noAddress.status).toBe(201);
    expect(
      (
        await anonymous.post(`/api/v1/documents/${documentId}/requests`, {
          email: 'inte en adress',
        })
      ).status,
    ).toBe(400);
    const missing = new mongoose.Types.ObjectId().toString();
    expect((await anonymous.post(`/api/v1/documents/${missing}/requests`, {})).status).toBe(404);
  });

  it('publishes the registry contact details', async () => {
    const res = await app.client().get('/api/v1/registry');
    expect(res.body.data).toMatchObject({ email: REGISTRY, phone: '0123-45 67 00' });
  });
});

describe('one meeting in my calendar', () => {
  it('downloads the meeting as an iCalendar file; drafts and unknown ones are 404', async () => {
    const bodyId = await makeBody('Kommunfullmäktige');
    const secretary = await secretaryOf(app, bodyId);
    const meeting = await createMeeting(secretary.client, bodyId);
    const res = await app.client().get(`/feeds/meetings/${meeting.id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(res.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(res.text).toContain(`/moten/${meeting.id}`);
    expect(res.text).toContain('Kommunfullmäktige: Sammanträde med kommunstyrelsen');
    const draft = await createMeeting(secretary.client, bodyId, { publish: false });
    expect((await app.client().get(`/feeds/meetings/${draft.id}.ics`)).status).toBe(404);
  });
});
