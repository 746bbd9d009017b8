// The read-only open data API shaped after OParl 1.1 (/api/oparl/v1): system, body, organization,
// person, meeting, agendaItem, paper, file. Lists are OParl external lists: `page`, `limit`,
// `modified_since`, with pagination and links. Drafts and confidential content never appear.
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { loadAuthorNames } from '../../auth/authors';
import { Body } from '../bodies/model';
import type { QueryFilter } from 'mongoose';
import { RecordDocument, type DocumentFields } from '../documents/model';
import { AgendaItem, Meeting } from '../meetings/model';
import {
  MUNICIPALITY_ID,
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
import { pathParam } from '../records/params';
import { op } from '../records/query';

const ListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  modified_since: z.iso.datetime({ offset: true }).optional(),
});
type ListQueryInput = z.infer<typeof ListQuery>;

for (const name of ['organization', 'person', 'meeting', 'agendaItem', 'paper', 'file']) {
  describeApi({
    method: 'get',
    path: `/api/oparl/v1/${name}`,
    summary: `OParl 1.1 list of ${name} objects`,
    tags: ['open data (OParl)'],
    query: ListQuery,
    responses: { 200: { description: 'An OParl external list' } },
  });
  describeApi({
    method: 'get',
    path: `/api/oparl/v1/${name}/{id}`,
    summary: `One OParl ${name}`,
    tags: ['open data (OParl)'],
    responses: { 200: { description: `OParl ${name}` }, 404: { description: 'Not found' } },
  });
}
describeApi({
  method: 'get',
  path: '/api/oparl/v1/system',
  summary: 'OParl 1.1 System',
  tags: ['open data (OParl)'],
  responses: { 200: { description: 'OParl System' } },
});
describeApi({
  method: 'get',
  path: '/api/oparl/v1/body',
  summary: 'OParl 1.1 list of bodies (the municipality)',
  tags: ['open data (OParl)'],
  responses: { 200: { description: 'An OParl external list' } },
});

function listPage<T>(
  req: Request,
  urls: OparlUrls,
  query: ListQueryInput,
  data: T[],
  total: number,
) {
  const totalPages = Math.max(1, Math.ceil(total / query.limit));
  const link = (page: number) => {
    const params = new URLSearchParams({ page: String(page), limit: String(query.limit) });
    if (query.modified_since) params.set('modified_since', query.modified_since);
    return `${urls.api}${req.path}?${params.toString()}`;
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

const modifiedFilter = (query: ListQueryInput) =>
  query.modified_since ? { updatedAt: op({ $gte: new Date(query.modified_since) }) } : {};

async function publishedMeetingIds(): Promise<string[]> {
  return (await Meeting.find({ status: 'published' }, { _id: 1 }).lean()).map((m) => String(m._id));
}

async function documentsById(ids: string[]) {
  const documents = await RecordDocument.find({ _id: op({ $in: ids }) }).lean();
  return new Map(documents.map((d) => [String(d._id), d]));
}

/** One page of documents (papers and files are both documents), oldest first, without text. */
async function documentPage(filter: QueryFilter<DocumentFields>, query: ListQueryInput) {
  const [documents, total] = await Promise.all([
    RecordDocument.find(filter, { text: 0 })
      .sort({ createdAt: 1, _id: 1 })
      .skip((query.page - 1) * query.limit)
      .limit(query.limit)
      .lean(),
    RecordDocument.countDocuments(filter),
  ]);
  return { documents, total };
}

async function meetingsWithItems(
  urls: OparlUrls,
  meetings: Awaited<ReturnType<typeof loadMeetings>>,
) {
  const ids = meetings.map((m) => String(m._id));
  const items = await AgendaItem.find({ meetingId: op({ $in: ids }) })
    .sort({ order: 1 })
    .lean();
  const docIds = [
    ...items.flatMap((i) => i.documentIds),
    ...meetings.flatMap((m) => (m.minutes ? [m.minutes.documentId] : [])),
  ];
  const files = await documentsById(docIds);
  return meetings.map((m) =>
    oparlMeeting(
      urls,
      m,
      items.filter((i) => i.meetingId === String(m._id)),
      files,
    ),
  );
}

function loadMeetings(filter: { status: 'published' }, query: ListQueryInput) {
  return Meeting.find(filter)
    .sort({ startsAt: 1, _id: 1 })
    .skip((query.page - 1) * query.limit)
    .limit(query.limit)
    .lean();
}

async function members(): Promise<OparlMember[]> {
  const bodies = await Body.find({ 'members.0': op({ $exists: true }) })
    .sort({ sortKey: 1 })
    .lean();
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

export function oparlRouter(ctx: AppContext): Router {
  const router = Router();
  const urls: OparlUrls = {
    api: `${ctx.config.publicUrl}/api/oparl/v1`,
    web: ctx.config.publicUrl,
  };
  const isId = (id: string) => /^[0-9a-f]{24}$/i.test(id);
  const one = <T>(value: T | null | undefined): T => {
    if (!value) throw notFound('No such object');
    return value;
  };

  router.get('/system', (_req, res) => {
    res.json(oparlSystem(urls));
  });
  router.get('/body', async (req, res) => {
    const query = parseInput(ListQuery, req.query);
    const latest = await Body.findOne().sort({ updatedAt: -1 }).lean();
    const body = oparlBody(urls, latest?.updatedAt ?? new Date(0));
    const data =
      query.modified_since && new Date(body.modified) < new Date(query.modified_since)
        ? []
        : [body];
    res.json(listPage(req, urls, query, query.page === 1 ? data : [], data.length));
  });
  router.get(`/body/${MUNICIPALITY_ID}`, async (_req, res) => {
    const latest = await Body.findOne().sort({ updatedAt: -1 }).lean();
    res.json(oparlBody(urls, latest?.updatedAt ?? new Date(0)));
  });

  router.get('/organization', async (req, res) => {
    const query = parseInput(ListQuery, req.query);
    const filter = modifiedFilter(query);
    const [bodies, total] = await Promise.all([
      Body.find(filter)
        .sort({ sortKey: 1 })
        .skip((query.page - 1) * query.limit)
        .limit(query.limit)
        .lean(),
      Body.countDocuments(filter),
    ]);
    res.json(
      listPage(
        req,
        urls,
        query,
        bodies.map((b) => oparlOrganization(urls, b)),
        total,
      ),
    );
  });
  router.get('/organization/:id', async (req, res) => {
    const body = isId(pathParam(req, 'id'))
      ? await Body.findById(pathParam(req, 'id')).lean()
      : null;
    res.json(oparlOrganization(urls, one(body)));
  });

  router.get('/person', async (req, res) => {
    const query = parseInput(ListQuery, req.query);
    const since = query.modified_since ? new Date(query.modified_since) : undefined;
    const all = (await members()).filter((p) => !since || personModified(p) >= since);
    const page = all.slice((query.page - 1) * query.limit, query.page * query.limit);
    res.json(
      listPage(
        req,
        urls,
        query,
        page.map((p) => oparlPerson(urls, p, personModified(p))),
        all.length,
      ),
    );
  });
  router.get('/person/:id', async (req, res) => {
    const person = (await members()).find((p) => p.userId === pathParam(req, 'id'));
    res.json(oparlPerson(urls, one(person), personModified(one(person))));
  });

  router.get('/meeting', async (req, res) => {
    const query = parseInput(ListQuery, req.query);
    const filter = { status: 'published' as const, ...modifiedFilter(query) };
    const [meetings, total] = await Promise.all([
      loadMeetings(filter, query),
      Meeting.countDocuments(filter),
    ]);
    res.json(listPage(req, urls, query, await meetingsWithItems(urls, meetings), total));
  });
  router.get('/meeting/:id', async (req, res) => {
    const meeting = isId(pathParam(req, 'id'))
      ? await Meeting.findOne({ _id: pathParam(req, 'id'), status: 'published' }).lean()
      : null;
    res.json((await meetingsWithItems(urls, [one(meeting)]))[0]);
  });

  router.get('/agendaItem', async (req, res) => {
    const query = parseInput(ListQuery, req.query);
    const filter = {
      meetingId: op({ $in: await publishedMeetingIds() }),
      ...modifiedFilter(query),
    };
    const [items, total] = await Promise.all([
      AgendaItem.find(filter)
        .sort({ meetingId: 1, order: 1 })
        .skip((query.page - 1) * query.limit)
        .limit(query.limit)
        .lean(),
      AgendaItem.countDocuments(filter),
    ]);
    const siblings = await AgendaItem.find(
      { meetingId: op({ $in: items.map((i) => i.meetingId) }) },
      { meetingId: 1, order: 1 },
    ).lean();
    const numberOf = (item: (typeof items)[number]) =>
      siblings.filter((s) => s.meetingId === item.meetingId && s.order <= item.order).length;
    const files = await documentsById(items.flatMap((i) => i.documentIds));
    res.json(
      listPage(
        req,
        urls,
        query,
        items.map((i) => oparlAgendaItem(urls, i, numberOf(i), files)),
        total,
      ),
    );
  });
  router.get('/agendaItem/:id', async (req, res) => {
    const item = one(
      isId(pathParam(req, 'id')) ? await AgendaItem.findById(pathParam(req, 'id')).lean() : null,
    );
    one(await Meeting.exists({ _id: item.meetingId, status: 'published' }));
    const number = await AgendaItem.countDocuments({
      meetingId: item.meetingId,
      order: op({ $lte: item.order }),
    });
    res.json(oparlAgendaItem(urls, item, number, await documentsById(item.documentIds)));
  });

  router.get('/paper', async (req, res) => {
    const query = parseInput(ListQuery, req.query);
    const { documents, total } = await documentPage(modifiedFilter(query), query);
    res.json(
      listPage(
        req,
        urls,
        query,
        documents.map((d) => oparlPaper(urls, d)),
        total,
      ),
    );
  });
  router.get('/paper/:id', async (req, res) => {
    const document = isId(pathParam(req, 'id'))
      ? await RecordDocument.findById(pathParam(req, 'id'), { text: 0 }).lean()
      : null;
    res.json(oparlPaper(urls, one(document)));
  });

  const publicFiles = { secrecy: 'public' as const, file: op({ $exists: true }) };
  router.get('/file', async (req, res) => {
    const query = parseInput(ListQuery, req.query);
    const { documents, total } = await documentPage(
      { ...publicFiles, ...modifiedFilter(query) },
      query,
    );
    res.json(
      listPage(
        req,
        urls,
        query,
        documents.map((d) => oparlFile(urls, d)),
        total,
      ),
    );
  });
  router.get('/file/:id', async (req, res) => {
    const document = isId(pathParam(req, 'id'))
      ? await RecordDocument.findOne(
          { _id: pathParam(req, 'id'), ...publicFiles },
          { text: 0 },
        ).lean()
      : null;
    res.json(oparlFile(urls, one(document)));
  });

  // Unknown paths answer in the API's JSON error shape (the app's error middleware), not HTML.
  router.use((_req, _res, next) => next(notFound('No such OParl endpoint')));
  return router;
}
