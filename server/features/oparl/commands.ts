// The OParl 1.1 objects as commands, all public and read-only: the system, the municipality as
// the one Body, and lists and single objects of organizations, persons, meetings, agenda items,
// papers and files. Lists are OParl external lists (`page`, `limit`, `modified_since`, with
// pagination and links). Drafts and confidential content never appear.
import { z } from 'zod';
import type { AppContext } from '../../context';
import { defineCommand } from '../../commands/define';
import { notFound } from '../../errors';
import { loadAuthorNames } from '../../auth/authors';
import { bodiesWithMembers, bodyRow, bodyRowPage, lastBodyChange } from '../bodies';
import { documentRow, documentRowPage, documentRowsByIds } from '../documents';
import { municipalityProfile } from '../municipality';
import {
  agendaItemsOf,
  closedVotesOfItems,
  publishedAgendaItem,
  publishedAgendaItemPage,
  publishedMeeting,
  publishedMeetingPage,
  type MeetingRow,
} from '../meetings';
import {
  oparlAgendaItem,
  oparlBody,
  oparlFile,
  oparlMeeting,
  oparlOrganization,
  oparlPaper,
  oparlPerson,
  oparlSystem,
  type OparlMember,
  type OparlUrls,
} from './present';

const ListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  modified_since: z.iso.datetime({ offset: true }).optional(),
});
type ListQueryInput = z.infer<typeof ListQuery>;
const OneQuery = z.object({ id: z.string() });

const urlsOf = (app: AppContext): OparlUrls => ({
  api: `${app.config.publicUrl}/api/oparl/v1`,
  web: app.config.publicUrl,
  profile: () => municipalityProfile(app.config),
});

const window = (query: ListQueryInput) => ({
  ...(query.modified_since ? { modifiedSince: new Date(query.modified_since) } : {}),
  skip: (query.page - 1) * query.limit,
  limit: query.limit,
});

function listPage<T>(
  urls: OparlUrls,
  path: string,
  query: ListQueryInput,
  data: T[],
  total: number,
) {
  const totalPages = Math.max(1, Math.ceil(total / query.limit));
  const link = (page: number) => {
    const params = new URLSearchParams({ page: String(page), limit: String(query.limit) });
    if (query.modified_since) params.set('modified_since', query.modified_since);
    return `${urls.api}${path}?${params.toString()}`;
  };
  return {
    data,
    pagination: {
      totalElements: total,
      elementsPerPage: query.limit,
      currentPage: query.page,
      totalPages,
    },
    links: {
      first: link(1),
      ...(query.page > 1 ? { prev: link(query.page - 1) } : {}),
      ...(query.page < totalPages ? { next: link(query.page + 1) } : {}),
      last: link(totalPages),
      self: link(query.page),
    },
  };
}

/** A list of `kind` (also its path), one page of what `page` finds. */
function listOf<T>(
  kind: string,
  page: (query: ListQueryInput, urls: OparlUrls) => Promise<{ data: T[]; total: number }>,
) {
  return defineCommand({
    name: `oparl.${kind}.list`,
    input: ListQuery,
    policy: 'public',
    async work({ app, input }) {
      const urls = urlsOf(app);
      const { data, total } = await page(input, urls);
      return listPage(urls, `/${kind}`, input, data, total);
    },
  });
}

/** One object of `kind` by id, or 404. */
function oneOf<T>(
  kind: string,
  find: (id: string, urls: OparlUrls) => Promise<T | null | undefined>,
) {
  return defineCommand({
    name: `oparl.${kind}.get`,
    input: OneQuery,
    policy: 'public',
    async work({ app, input }) {
      const found = await find(input.id, urlsOf(app));
      if (!found) throw notFound('No such object');
      return found;
    },
  });
}

export const oparlSystemObject = defineCommand({
  name: 'oparl.system',
  input: z.object({}),
  policy: 'public',
  async work({ app }) {
    const urls = urlsOf(app);
    return oparlSystem(urls, await urls.profile());
  },
});

async function municipality(urls: OparlUrls) {
  const [modified, profile] = await Promise.all([lastBodyChange(), urls.profile()]);
  return oparlBody(urls, modified ?? new Date(0), profile);
}

export const oparlBodyList = listOf('body', async (query, urls) => {
  const body = await municipality(urls);
  const data =
    query.modified_since && new Date(body.modified) < new Date(query.modified_since) ? [] : [body];
  return { data: query.page === 1 ? data : [], total: data.length };
});
export const oparlMunicipality = defineCommand({
  name: 'oparl.body.get',
  input: z.object({}),
  policy: 'public',
  work: ({ app }) => municipality(urlsOf(app)),
});

export const oparlOrganizations = listOf('organization', async (query, urls) => {
  const { rows, total } = await bodyRowPage(window(query));
  return { data: rows.map((b) => oparlOrganization(urls, b)), total };
});
export const oparlOrganizationObject = oneOf('organization', async (id, urls) => {
  const body = await bodyRow(id);
  return body && oparlOrganization(urls, body);
});

/** The members of every body as persons, each with their memberships. */
async function members(): Promise<OparlMember[]> {
  const bodies = await bodiesWithMembers();
  const names = await loadAuthorNames(bodies.flatMap((b) => b.members.map((m) => m.userId)));
  const people = new Map<string, OparlMember>();
  for (const body of bodies) {
    for (const member of body.members) {
      const name = names.get(member.userId);
      if (!name || name.erased) continue;
      const person = people.get(member.userId) ?? {
        userId: member.userId,
        displayName: name.displayName,
        memberships: [],
      };
      person.memberships.push({
        body,
        party: member.party ?? undefined,
        position: member.position ?? undefined,
      });
      people.set(member.userId, person);
    }
  }
  return [...people.values()].sort((a, b) => a.userId.localeCompare(b.userId));
}

const personModified = (person: OparlMember) =>
  new Date(Math.max(...person.memberships.map((m) => m.body.updatedAt.getTime())));

export const oparlPersons = listOf('person', async (query, urls) => {
  const since = query.modified_since ? new Date(query.modified_since) : undefined;
  const all = (await members()).filter((p) => !since || personModified(p) >= since);
  const page = all.slice((query.page - 1) * query.limit, query.page * query.limit);
  return { data: page.map((p) => oparlPerson(urls, p, personModified(p))), total: all.length };
});
export const oparlPersonObject = oneOf('person', async (id, urls) => {
  const person = (await members()).find((p) => p.userId === id);
  return person && oparlPerson(urls, person, personModified(person));
});

/** Meetings with their agenda items and the files of both. */
async function meetingsWithItems(urls: OparlUrls, meetings: MeetingRow[]) {
  const items = await agendaItemsOf(meetings.map((m) => String(m._id)));
  const [files, votes] = await Promise.all([
    documentRowsByIds([
      ...items.flatMap((i) => i.documentIds),
      ...meetings.flatMap((m) => (m.minutes ? [m.minutes.documentId] : [])),
    ]),
    closedVotesOfItems(items.map((i) => String(i._id))),
  ]);
  return meetings.map((m) =>
    oparlMeeting(
      urls,
      m,
      items.filter((i) => i.meetingId === String(m._id)),
      files,
      votes,
    ),
  );
}

export const oparlMeetings = listOf('meeting', async (query, urls) => {
  const { rows, total } = await publishedMeetingPage(window(query));
  return { data: await meetingsWithItems(urls, rows), total };
});
export const oparlMeetingObject = oneOf('meeting', async (id, urls) => {
  const meeting = await publishedMeeting(id);
  return meeting && (await meetingsWithItems(urls, [meeting]))[0];
});

export const oparlAgendaItems = listOf('agendaItem', async (query, urls) => {
  const { rows, total } = await publishedAgendaItemPage(window(query));
  const [files, votes] = await Promise.all([
    documentRowsByIds(rows.flatMap((r) => r.item.documentIds)),
    closedVotesOfItems(rows.map((r) => String(r.item._id))),
  ]);
  return {
    data: rows.map((r) =>
      oparlAgendaItem(urls, r.item, r.number, files, votes.get(String(r.item._id))),
    ),
    total,
  };
});
export const oparlAgendaItemObject = oneOf('agendaItem', async (id, urls) => {
  const found = await publishedAgendaItem(id);
  if (!found) return null;
  const [files, votes] = await Promise.all([
    documentRowsByIds(found.item.documentIds),
    closedVotesOfItems([id]),
  ]);
  return oparlAgendaItem(urls, found.item, found.number, files, votes.get(id));
});

export const oparlPapers = listOf('paper', async (query, urls) => {
  const { rows, total } = await documentRowPage(window(query));
  return { data: rows.map((d) => oparlPaper(urls, d)), total };
});
export const oparlPaperObject = oneOf('paper', async (id, urls) => {
  const document = await documentRow(id);
  return document && oparlPaper(urls, document);
});

export const oparlFiles = listOf('file', async (query, urls) => {
  const { rows, total } = await documentRowPage({ ...window(query), publicFileOnly: true });
  return { data: rows.map((d) => oparlFile(urls, d)), total };
});
export const oparlFileObject = oneOf('file', async (id, urls) => {
  const document = await documentRow(id, { publicFileOnly: true });
  return document && oparlFile(urls, document);
});
