// The sitting tests' council: Kommunstyrelsen with five seats (an ordförande and four ledamöter,
// in two parties) and one ersättare, its secretary, and a published meeting of three items.
import { expect } from 'vitest';
import type { MeetingStateView } from '@shared/schemas/council';
import type { TestApp } from '../../../../test/helpers/app';
import { signedInUser } from '../../../../test/helpers/factories';
import type { HttpClient } from '../../../../test/helpers/http';
import { createMeeting, makeBody, secretaryOf } from '../../../../test/helpers/records';

export interface Person {
  id: string;
  client: HttpClient;
}

export interface Council {
  bodyId: string;
  secretary: HttpClient;
  members: Person[];
  substitute: Person;
  meetingId: string;
  itemIds: string[];
  /** The sitting's state as anyone reads it over HTTP. */
  state: () => Promise<MeetingStateView>;
}

export async function seatedCouncil(app: TestApp): Promise<Council> {
  const bodyId = await makeBody('Kommunstyrelsen');
  const secretary = (await secretaryOf(app, bodyId)).client;
  const seat = async (userId: string, position: string, party: string) => {
    const res = await secretary.put(`/api/v1/bodies/${bodyId}/members`, {
      userId,
      position,
      party,
    });
    expect(res.status).toBe(200);
  };
  const members: Person[] = [];
  for (let i = 0; i < 5; i += 1) {
    const p = await signedInUser(app, { givenName: `Ledamot${i}`, surname: 'Svensson' });
    await seat(
      p.id,
      i === 0 ? 'ordförande' : 'ledamot',
      i % 2 ? 'Moderaterna' : 'Socialdemokraterna',
    );
    members.push({ id: p.id, client: p.client });
  }
  const s = await signedInUser(app, { givenName: 'Ersättare', surname: 'Berg' });
  await seat(s.id, 'ersättare', 'Centerpartiet');
  const { id: meetingId, itemIds } = await createMeeting(secretary, bodyId, {
    titles: ['Budget 2027', 'Val av ombud', 'Förskolans lokaler'],
  });
  const state = async () =>
    (await app.client().get<{ data: MeetingStateView }>(`/api/v1/meetings/${meetingId}/state`)).body
      .data;
  return {
    bodyId,
    secretary,
    members,
    substitute: { id: s.id, client: s.client },
    meetingId,
    itemIds,
    state,
  };
}
