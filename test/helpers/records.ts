// Helpers for the records tests: a body, its secretary, a published meeting with an agenda, and
// multipart bodies for uploads. Everything goes through the real API except the body itself.
import type { TestApp } from './app';
import { signedInUser } from './factories';
import type { HttpClient } from './http';
import { Body } from '../../server/features/bodies/model';
import { swedishSortKey } from '../../server/features/bodies/sort-key';

interface Created {
  data: { id: string };
}

export async function makeBody(name = 'Kommunstyrelsen'): Promise<string> {
  const body = await Body.create({ name, sortKey: swedishSortKey(name), kind: 'executive' });
  return String(body._id);
}

export async function secretaryOf(app: TestApp, bodyId: string) {
  return signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
}

export async function createDocument(
  client: HttpClient,
  bodyId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.post<Created>('/api/v1/documents', {
    title: 'Tjänsteskrivelse om förskolans lokaler',
    kind: 'tjansteskrivelse',
    bodyId,
    date: '2026-11-02',
    caseNumber: 'KS 2026/123',
    secrecy: 'public',
    text: 'Förvaltningen föreslår att förskolan Solrosen byggs ut med två avdelningar.',
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`document: ${res.status} ${res.text}`);
  return res.body.data.id;
}

/** A draft meeting with the given agenda titles, published unless `publish` is false. */
export async function createMeeting(
  client: HttpClient,
  bodyId: string,
  options: { titles?: string[]; publish?: boolean; startsAt?: string; documentIds?: string[] } = {},
): Promise<{ id: string; itemIds: string[] }> {
  const created = await client.post<Created>('/api/v1/meetings', {
    bodyId,
    title: 'Sammanträde med kommunstyrelsen',
    startsAt: options.startsAt ?? '2026-12-10T13:00:00+01:00',
    location: 'Sessionssalen, stadshuset',
  });
  if (created.status !== 201) throw new Error(`meeting: ${created.status} ${created.text}`);
  const id = created.body.data.id;
  const itemIds: string[] = [];
  for (const [index, title] of (options.titles ?? ['Budget 2027']).entries()) {
    const item = await client.post<Created>(`/api/v1/meetings/${id}/agenda-items`, {
      title,
      description: `Beskrivning av ärende ${index + 1}`,
      documentIds: index === 0 ? options.documentIds : undefined,
    });
    if (item.status !== 201) throw new Error(`item: ${item.status} ${item.text}`);
    itemIds.push(item.body.data.id);
  }
  if (options.publish !== false) {
    const published = await client.post(`/api/v1/meetings/${id}/publish`);
    if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`);
  }
  return { id, itemIds };
}

/** A multipart/form-data body with text fields and one file. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; data: Buffer },
): { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> } {
  const boundary = `----motesplats${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: new Uint8Array(Buffer.concat(parts)),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
