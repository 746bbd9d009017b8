// Demo conversations, seeded after the features' own demo data: comment threads on documents
// and on the answered proposal, where citizens ask and an official of the body replies (badged as
// the body's official). On the executive board's coming investment plan one question is left
// unanswered: it waits in the inbox of the demo official persona, who sits on the board. Written
// through the comment command, as they would be in use. Runs once: when the demo threads already
// have comments, nothing is added.
import type { AppContext } from '../context';
import { runCommand } from '../commands/run';
import { findCurrentUser, type CurrentUser } from '../auth/current-user';
import { grantRole } from '../auth/users';
import { User } from '../auth/user-model';
import { bodyMemberIds, bodyNames } from '../features/bodies';
import { RecordDocument } from '../features/documents/model';
import { Proposal } from '../features/proposals/model';
import { Comment } from '../features/comments/model';
import { createComment } from '../features/comments/commands/create';

interface Thread {
  subjectType: 'document' | 'proposal';
  subjectId: string;
  bodyId: string;
  posts: { by: string; text: string; replyTo?: number }[];
}

async function citizen(key: string, displayName: string): Promise<CurrentUser | undefined> {
  const [givenName = displayName, ...rest] = displayName.split(' ');
  const user = await User.findOneAndUpdate(
    { pidHash: `demo:${key}` },
    {
      $setOnInsert: {
        pidHash: `demo:${key}`,
        displayName,
        givenName,
        surname: rest.join(' '),
        roles: [{ role: 'citizen' }],
      },
    },
    { upsert: true, returnDocument: 'after' },
  );
  return findCurrentUser(String(user._id));
}

/** The body's first seated member, given the official role in that body. */
async function officialOf(bodyId: string): Promise<CurrentUser | undefined> {
  const [userId] = await bodyMemberIds(bodyId);
  if (!userId) return undefined;
  await grantRole(userId, { role: 'official', bodyId }, 'demo');
  return findCurrentUser(userId);
}

async function threads(): Promise<Thread[]> {
  const bodies = [...(await bodyNames())];
  const idOf = (name: string) => bodies.find(([, n]) => n === name)?.[0];
  const found: Thread[] = [];
  const bun = idOf('Barn- och utbildningsnämnden');
  const document = bun
    ? await RecordDocument.findOne({ bodyId: bun, secrecy: 'public', kind: 'tjansteskrivelse' })
        .sort({ createdAt: 1 })
        .lean()
    : null;
  if (document && bun) {
    found.push({
      subjectType: 'document',
      subjectId: String(document._id),
      bodyId: bun,
      posts: [
        {
          by: 'Lena',
          text: 'Bra att det blir en ny förskola! Hur blir det med platserna under byggtiden?',
        },
        {
          by: 'official',
          replyTo: 0,
          text: 'Under byggtiden flyttar två avdelningar till paviljonger på skolgården. Inga barn blir utan plats.',
        },
        {
          by: 'Omar',
          text: 'Kommer det att finnas en trygg väg för barn som cyklar till förskolan?',
        },
      ],
    });
  }
  const ks = idOf('Kommunstyrelsen');
  const plan = ks
    ? await RecordDocument.findOne({
        bodyId: ks,
        title: 'Tjänsteskrivelse: investeringsplan för skolor och förskolor',
      }).lean()
    : null;
  if (plan && ks) {
    found.push({
      subjectType: 'document',
      subjectId: String(plan._id),
      bodyId: ks,
      posts: [
        {
          by: 'Lena',
          text: 'Varför renoveras Västerskolan i tre etapper i stället för på en gång?',
        },
        {
          by: 'official',
          replyTo: 0,
          text: 'Skolan kan vara öppen under hela renoveringen när den görs i etapper. Första etappen börjar nästa sommar.',
        },
        // Left for the board's officials to answer (the demo official's inbox).
        {
          by: 'Omar',
          text: 'Finns det pengar i planen för att göra skolgårdarna tillgängliga för barn som använder rullstol?',
        },
      ],
    });
  }
  const sbn = idOf('Samhällsbyggnadsnämnden');
  const answered = await Proposal.findOne({ title: 'Utegym i Stadsparken' }).lean();
  if (answered && sbn) {
    found.push({
      subjectType: 'proposal',
      subjectId: String(answered._id),
      bodyId: sbn,
      posts: [
        {
          by: 'Omar',
          text: 'Äntligen! Blir det belysning vid utegymmet så att man kan träna på kvällen?',
        },
        {
          by: 'official',
          replyTo: 0,
          text: 'Ja, belysningen ingår och tänds på kvällar fram till klockan 22.',
        },
        { by: 'Lena', text: 'Tack till alla som skrev under. Så här ska det fungera.' },
      ],
    });
  }
  return found;
}

export async function seedConversations(ctx: AppContext): Promise<void> {
  const people = {
    // Not "Karin Berg": that is the demo official persona's name.
    Lena: await citizen('comments-lena', 'Lena Sandberg'),
    Omar: await citizen('comments-omar', 'Omar Haddad'),
  };
  for (const thread of await threads()) {
    const exists = await Comment.exists({
      subjectType: thread.subjectType,
      subjectId: thread.subjectId,
    });
    if (exists) continue;
    const official = await officialOf(thread.bodyId);
    const ids: string[] = [];
    for (const post of thread.posts) {
      const user = post.by === 'official' ? official : people[post.by as keyof typeof people];
      if (!user) continue;
      const parentId = post.replyTo === undefined ? undefined : ids[post.replyTo];
      const created = await runCommand(
        ctx,
        createComment,
        { user, via: 'system' },
        {
          subjectType: thread.subjectType,
          subjectId: thread.subjectId,
          body: `<p>${post.text}</p>`,
          ...(parentId ? { parentId } : {}),
        },
      );
      ids.push(created.id);
    }
  }
}
