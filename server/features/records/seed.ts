// Seeds the demo municipality (see seed-content.ts) through the records features' own commands,
// run by a demo secretary (a grant without bodyId), so search, audit and the notice board are
// filled as they would be in use. Runs only when there are no bodies yet.
import type { AppContext } from '../../context';
import type { CurrentUser } from '../../auth/current-user';
import type { Actor, Runnable } from '../../commands/define';
import { runCommand } from '../../commands/run';
import { pidHash } from '../../auth/pid-hash';
import { User } from '../../auth/user-model';
import { PERSONAS } from '../../auth/dev-idp/personas';
import { bodyNames, createBody, setBodyMember } from '../bodies';
import { buildPdf, createDocument, ReceivedFile, storeFileBuffer } from '../documents';
import {
  addAgendaItem,
  approveMinutes,
  attachMinutes,
  createMeeting,
  publishMeeting,
  recordDecision,
} from '../meetings';
import { swedishDate } from '../noticeboard';
import { DEMO_BODIES, type DemoBody } from './seed-content';

const DAY = 86_400_000;

/**
 * The seeding actor: audit entries name `system`. Its writes count against one person's write
 * limit (120 a minute); the demo makes about 70.
 */
const DEMO_SECRETARY: CurrentUser = {
  id: 'system',
  displayName: 'Demo',
  roles: [{ role: 'secretary' }],
};
const ACTOR: Actor = { user: DEMO_SECRETARY, via: 'system' };

const run = <O>(ctx: AppContext, command: Runnable<O>, input: unknown): Promise<O> =>
  runCommand(ctx, command, ACTOR, input);

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

function at(days: number, hour: number): string {
  const day = new Date(Date.now() + days * DAY);
  // Swedish local time is UTC+1 or +2; a meeting at `hour` Swedish time is close enough at
  // hour-1 UTC for demo data.
  return `${swedishDate(day)}T${String(hour - 1).padStart(2, '0')}:00:00Z`;
}

async function seedBody(ctx: AppContext, demo: DemoBody, counter: { n: number }): Promise<void> {
  const { id: bodyId } = await run(ctx, createBody, {
    name: demo.name,
    shortName: demo.shortName,
    kind: demo.kind,
  });
  for (const member of demo.members) {
    const userId = await demoUser(ctx, ++counter.n, member.name);
    await run(ctx, setBodyMember, {
      id: bodyId,
      userId,
      party: member.party,
      position: member.position,
    });
  }
  if (demo.shortName === 'KS') {
    // The development IdP's official persona sits on the executive board, so demos can log in as
    // an official of a body: its coming meeting's documents are hers to read, and a question on
    // them waits for her answer (seed/conversations.ts).
    const persona = await User.findOne({
      pidHash: pidHash(PERSONAS.official.personnummer, ctx.secrets.pidPepper),
    });
    if (persona) {
      await run(ctx, setBodyMember, {
        id: bodyId,
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
      ? new ReceivedFile(
          await storeFileBuffer(`${doc.title}.pdf`, buildPdf([doc.title, '', ...doc.lines])),
        )
      : undefined;
    const created = await run(ctx, createDocument, {
      title: doc.title,
      kind: doc.kind,
      bodyId,
      date: swedishDate(new Date(Date.now() + (documentDay.get(doc.key) ?? 0) * DAY)),
      caseNumber: doc.caseNumber,
      secrecy: doc.confidential ? 'confidential' : 'public',
      secrecyReference: doc.confidential,
      file,
    });
    documentIds.set(doc.key, created.id);
  }

  for (const demoMeeting of demo.meetings) {
    const meeting = await run(ctx, createMeeting, {
      bodyId,
      title: demoMeeting.title,
      startsAt: at(demoMeeting.days, demoMeeting.hour),
      endsAt: at(demoMeeting.days, demoMeeting.hour + 3),
      location: demoMeeting.location,
      streamUrl: demoMeeting.streamUrl,
    });
    const itemIds: string[] = [];
    for (const item of demoMeeting.items) {
      const documents = (item.documents ?? []).flatMap((key) => documentIds.get(key) ?? []);
      const added = await run(ctx, addAgendaItem, {
        id: meeting.id,
        title: item.title,
        description: item.description,
        documentIds: documents,
      });
      itemIds.push(added.id);
    }
    if (demoMeeting.draft) continue;
    await run(ctx, publishMeeting, { id: meeting.id });
    for (const [index, item] of demoMeeting.items.entries()) {
      if (item.decision) {
        await run(ctx, recordDecision, {
          id: meeting.id,
          itemId: itemIds[index],
          text: item.decision,
          // Demo history: a demo meeting's decision stands whenever the meeting is.
          inAdvance: true,
        });
      }
    }
    if (demoMeeting.minutes) {
      const documentId = documentIds.get(demoMeeting.minutes.document)!;
      await run(ctx, attachMinutes, { id: meeting.id, documentId });
      const posted = new Date(Date.now() - demoMeeting.minutes.postedDaysAgo * DAY);
      await run(ctx, approveMinutes, {
        id: meeting.id,
        approvedOn: swedishDate(posted),
        postedAt: posted,
      });
    }
  }
}

export async function seedRecords(ctx: AppContext): Promise<void> {
  if ((await bodyNames()).size > 0) return;
  const counter = { n: 0 };
  for (const demo of DEMO_BODIES) await seedBody(ctx, demo, counter);
}
