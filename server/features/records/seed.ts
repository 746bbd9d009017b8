// Seeds the demo municipality (see seed-content.ts) through the same services the API uses, so
// search, audit and the notice board are filled as they would be in use. Runs only when there are
// no bodies yet.
import type { AppContext } from '../../context';
import type { CurrentUser } from '../../auth/current-user';
import { pidHash } from '../../auth/pid-hash';
import { User } from '../../auth/user-model';
import { PERSONAS } from '../../auth/dev-idp/personas';
import { Body } from '../bodies/model';
import { setMember } from '../bodies/service';
import { swedishSortKey } from '../bodies/sort-key';
import { buildPdf } from '../documents/sample-files';
import { createDocument } from '../documents/service';
import { storeFileBuffer } from '../documents/upload';
import { addItem, recordDecision } from '../meetings/agenda-service';
import { indexMeeting } from '../meetings/broadcast';
import { Meeting } from '../meetings/model';
import { createMeeting, publishMeeting } from '../meetings/service';
import { swedishDate } from '../noticeboard/appeal';
import { announceApproval, attachMinutes } from '../noticeboard/service';
import { DEMO_BODIES, type DemoBody } from './seed-content';

const DAY = 86_400_000;
/** The seeding actor: audit entries name `system`; a global secretary grant passes the policies. */
const SYSTEM: CurrentUser = { id: 'system', displayName: 'Demo', roles: [{ role: 'secretary' }] };

/** Demo members get numbers with month 13, which no real person has. */
async function demoUser(ctx: AppContext, index: number, name: string): Promise<string> {
  const [givenName, ...rest] = name.split(' ');
  const number = `190013${String(index).padStart(6, '0')}`;
  const user = await User.create({
    pidHash: pidHash(number, ctx.secrets.pidPepper),
    displayName: name,
    givenName,
    surname: rest.join(' '),
    roles: [{ role: 'citizen' }],
  });
  return String(user._id);
}

function at(days: number, hour: number): Date {
  const day = new Date(Date.now() + days * DAY);
  // Swedish local time is UTC+1 or +2; a meeting at `hour` Swedish time is close enough at
  // hour-1 UTC for demo data.
  return new Date(`${swedishDate(day)}T${String(hour - 1).padStart(2, '0')}:00:00Z`);
}

async function seedBody(ctx: AppContext, demo: DemoBody, counter: { n: number }): Promise<void> {
  const body = await Body.create({
    name: demo.name,
    shortName: demo.shortName,
    kind: demo.kind,
    sortKey: swedishSortKey(demo.name),
  });
  const bodyId = String(body._id);
  for (const member of demo.members) {
    const userId = await demoUser(ctx, ++counter.n, member.name);
    await setMember(ctx.io, SYSTEM, body, { userId, ...member });
  }
  if (demo.shortName === 'KS') {
    // The development IdP's official persona sits on the executive board, so demos can log in as
    // an official of a body.
    const persona = await User.findOne({
      pidHash: pidHash(PERSONAS.official.personnummer, ctx.secrets.pidPepper),
    });
    if (persona) {
      await setMember(ctx.io, SYSTEM, body, {
        userId: String(persona._id),
        party: 'Centerpartiet',
        position: 'ledamot',
      });
    }
  }

  // A document is dated ten days before the first meeting it is on; minutes on their posting day.
  const documentDay = new Map<string, number>();
  for (const meeting of demo.meetings) {
    for (const key of meeting.items.flatMap((item) => item.documents ?? [])) {
      documentDay.set(key, Math.min(documentDay.get(key) ?? 0, meeting.days - 10));
    }
    if (meeting.minutes) documentDay.set(meeting.minutes.document, -meeting.minutes.postedDaysAgo);
  }
  const documentIds = new Map<string, string>();
  for (const doc of demo.documents) {
    const file = doc.lines
      ? await storeFileBuffer(`${doc.title}.pdf`, buildPdf([doc.title, '', ...doc.lines]))
      : undefined;
    const created = await createDocument(
      SYSTEM,
      {
        title: doc.title,
        kind: doc.kind,
        bodyId,
        date: swedishDate(new Date(Date.now() + (documentDay.get(doc.key) ?? 0) * DAY)),
        caseNumber: doc.caseNumber,
        secrecy: doc.confidential ? 'confidential' : 'public',
        secrecyReference: doc.confidential,
      },
      file,
      undefined,
    );
    documentIds.set(doc.key, String(created._id));
  }

  for (const demoMeeting of demo.meetings) {
    const meeting = await createMeeting(
      SYSTEM,
      {
        bodyId,
        title: demoMeeting.title,
        startsAt: at(demoMeeting.days, demoMeeting.hour),
        endsAt: at(demoMeeting.days, demoMeeting.hour + 3),
        location: demoMeeting.location,
        streamUrl: demoMeeting.streamUrl,
      },
      undefined,
    );
    const items = [];
    for (const item of demoMeeting.items) {
      const ids = (item.documents ?? []).flatMap((key) => documentIds.get(key) ?? []);
      items.push(
        await addItem(
          SYSTEM,
          meeting,
          { title: item.title, description: item.description, documentIds: ids },
          undefined,
        ),
      );
    }
    if (demoMeeting.draft) continue;
    const published = await publishMeeting(SYSTEM, meeting, undefined);
    for (const [index, item] of demoMeeting.items.entries()) {
      if (item.decision) {
        await recordDecision(SYSTEM, published, items[index]!, item.decision, undefined);
      }
    }
    if (demoMeeting.minutes) {
      const minutesId = documentIds.get(demoMeeting.minutes.document)!;
      await attachMinutes(SYSTEM, published, minutesId, undefined);
      const posted = new Date(Date.now() - demoMeeting.minutes.postedDaysAgo * DAY);
      await announceApproval(SYSTEM, published, swedishDate(posted), undefined, posted);
    }
    const final = await Meeting.findById(published._id);
    if (final) await indexMeeting(final);
  }
}

export async function seedRecords(ctx: AppContext): Promise<void> {
  if ((await Body.estimatedDocumentCount()) > 0) return;
  const counter = { n: 0 };
  for (const demo of DEMO_BODIES) await seedBody(ctx, demo, counter);
}
