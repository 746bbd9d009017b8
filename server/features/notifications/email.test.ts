// A new notification address is used only after its owner confirms it through the link mailed to
// it: the token works once, for 24 hours, and only for the person who asked; meanwhile mail keeps
// going to the old confirmed address. The development mailbox shows the mail with its link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { User } from '../../auth/user-model';
import { AuditEntry } from '../../audit/model';
import { notifyStatusChange } from './status-change';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

interface Mail {
  to: string;
  subject: string;
  text: string;
}

async function mailbox(): Promise<Mail[]> {
  const res = await app
    .client()
    .get('/dev-mailbox.json', { headers: { accept: 'application/json' } });
  return res.body.data as Mail[];
}

/** The confirmation link in the newest mail to `to`. */
async function linkSentTo(to: string): Promise<URL> {
  const mail = (await mailbox()).find((m) => m.to === to && m.subject.includes('Bekräfta'));
  const link = /https?:\/\/\S+\/bekrafta-epost\?token=\S+/.exec(mail?.text ?? '')?.[0];
  if (!link) throw new Error(`no confirmation link to ${to}`);
  return new URL(link);
}

const tokenOf = (link: URL) => link.searchParams.get('token')!;

async function requestAddress(client: HttpClient, email: string) {
  const res = await client.put('/api/v1/notification-settings', { email });
  expect(res.status).toBe(200);
  return res.body.data as { email: string; pending: { email: string } | null };
}

async function confirmedAddress(email: string) {
  const person = await signedInUser(app);
  await requestAddress(person.client, email);
  const token = tokenOf(await linkSentTo(email));
  const res = await person.client.post('/api/v1/notification-settings/confirm', { token });
  expect(res.status).toBe(200);
  return person;
}

describe('refusals', () => {
  it('401 for anonymous callers', async () => {
    const anonymous = app.client();
    expect((await anonymous.get('/api/v1/notification-settings')).status).toBe(401);
    expect((await anonymous.put('/api/v1/notification-settings', { email: 'a@b.se' })).status).toBe(
      401,
    );
    const confirm = await anonymous.post('/api/v1/notification-settings/confirm', {
      token: 'a'.repeat(43),
    });
    expect(confirm.status).toBe(401);
  });

  it.each([
    ['not an address', { email: 'inte-en-adress' }],
    ['an operator', { email: { $ne: '' } }],
  ])('400 for %s', async (_what, body) => {
    const { client } = await signedInUser(app);
    const res = await client.put('/api/v1/notification-settings', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it.each([['short'], ['a'.repeat(44)], ['a'.repeat(42) + '!'], [42]])(
    '400 for a malformed token %j',
    async (token) => {
      const { client } = await signedInUser(app);
      const res = await client.post('/api/v1/notification-settings/confirm', { token });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    },
  );
});

describe('confirming a new address', () => {
  it('mails a link to the new address; the token works once; then the address is used', async () => {
    const { client, id } = await signedInUser(app);
    const requested = await requestAddress(client, 'ny.adress@example.se');
    expect(requested).toMatchObject({ email: '', pending: { email: 'ny.adress@example.se' } });
    const link = await linkSentTo('ny.adress@example.se');
    expect(link.origin).toBe(app.url);
    expect(link.pathname).toBe('/bekrafta-epost');
    // Only the hash is stored; the token is in no audit entry.
    const stored = await User.findById(id).lean();
    expect(stored?.emailPending?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));
    const audit = await AuditEntry.find({ actor: id }).lean();
    expect(JSON.stringify(audit)).not.toContain(tokenOf(link));
    expect(JSON.stringify(audit)).not.toContain('ny.adress@example.se');

    const confirmed = await client.post('/api/v1/notification-settings/confirm', {
      token: tokenOf(link),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toEqual({
      emailMode: 'each',
      email: 'ny.adress@example.se',
      pending: null,
    });
    const again = await client.post('/api/v1/notification-settings/confirm', {
      token: tokenOf(link),
    });
    expect(again.status).toBe(400);
    expect(again.body.error.details).toEqual({ reason: 'email_token_invalid' });
    expect((await client.get('/api/v1/notification-settings')).body.data.email).toBe(
      'ny.adress@example.se',
    );
  });

  it("another person's token is refused and stays usable by its owner", async () => {
    const owner = await signedInUser(app);
    const other = await signedInUser(app);
    await requestAddress(owner.client, 'agaren@example.se');
    const token = tokenOf(await linkSentTo('agaren@example.se'));
    const stolen = await other.client.post('/api/v1/notification-settings/confirm', { token });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.details).toEqual({ reason: 'email_token_invalid' });
    expect((await other.client.get('/api/v1/notification-settings')).body.data.email).toBe('');
    const own = await owner.client.post('/api/v1/notification-settings/confirm', { token });
    expect(own.body.data.email).toBe('agaren@example.se');
  });

  it('an expired token is refused (24 hours)', async () => {
    const { client, id } = await signedInUser(app);
    await requestAddress(client, 'sen@example.se');
    const token = tokenOf(await linkSentTo('sen@example.se'));
    await User.updateOne(
      { _id: id },
      { $set: { 'emailPending.expiresAt': new Date(Date.now() - 1000) } },
    );
    const res = await client.post('/api/v1/notification-settings/confirm', { token });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual({ reason: 'email_token_expired' });
    expect((await client.get('/api/v1/notification-settings')).body.data).toEqual({
      emailMode: 'each',
      email: '',
      pending: null,
    });
  });

  it('a second request replaces the first link', async () => {
    const { client } = await signedInUser(app);
    await requestAddress(client, 'forsta@example.se');
    const first = tokenOf(await linkSentTo('forsta@example.se'));
    await requestAddress(client, 'andra@example.se');
    const res = await client.post('/api/v1/notification-settings/confirm', { token: first });
    expect(res.body.error.details).toEqual({ reason: 'email_token_invalid' });
  });
});

describe('until the new address is confirmed', () => {
  it('notifications keep going to the old confirmed address; removing needs no link', async () => {
    const person = await confirmedAddress('gammal@example.se');
    await requestAddress(person.client, 'obekraftad@example.se');
    const before = (await mailbox()).length;
    await notifyStatusChange(app.server.ctx, [person.id], {
      proposalId: '0123456789abcdef01234567',
      title: 'Fler bänkar i parken',
      status: 'open',
      step: 'approved',
      path: '/forslag/0123456789abcdef01234567',
    });
    await expect.poll(async () => (await mailbox()).length).toBe(before + 1);
    const [newest] = await mailbox();
    expect(newest?.to).toBe('gammal@example.se');
    expect(newest?.subject).toContain('Fler bänkar i parken');

    const removed = await requestAddress(person.client, '');
    expect(removed).toEqual({ emailMode: 'each', email: '', pending: null });
  });

  it('erasing the account removes the waiting address; the export never holds the token', async () => {
    const { client, id } = await signedInUser(app);
    await requestAddress(client, 'export@example.se');
    const exported = await client.get('/api/v1/me/export');
    expect(exported.text).toContain('export@example.se');
    expect(exported.text).not.toContain('tokenHash');
    expect((await client.delete('/api/v1/me')).status).toBe(204);
    const user = await User.findById(id).lean();
    expect(user?.emailPending).toBeUndefined();
  });
});
