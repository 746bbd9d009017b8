// Our records as OParl 1.1 objects. The municipality is the one OParl Body; our bodies (nämnder)
// are its Organizations, their members Persons with Memberships, documents Papers with Files.
// Every id is the object's own URL under /api/oparl/v1.
import type { BodyRow } from '../bodies';
import type { DocumentRow } from '../documents';
import type { AgendaItemRow, ItemVote, MeetingRow } from '../meetings';
import type { MunicipalityProfile } from '@shared/schemas/municipality';

/**
 * Our extension of the OParl AgendaItem (documented in docs/council.md): the votes held on the
 * item, with totals, and for open votes each member's name, party and choice.
 */
export const VOTES_EXTENSION = 'motesplats:votes';

const SCHEMA = 'https://schema.oparl.org/1.1';
export const MUNICIPALITY_ID = 'kommun';

export interface OparlUrls {
  /** https://host/api/oparl/v1 */
  api: string;
  /** https://host (page permalinks) */
  web: string;
  /** The municipality's name and registry contact (its profile, /admin/kommun). */
  profile: () => Promise<MunicipalityProfile>;
}

const contact = (profile: MunicipalityProfile) => ({
  ...(profile.registry.email ? { contactEmail: profile.registry.email } : {}),
  ...(profile.registry.name ? { contactName: profile.registry.name } : {}),
});

const stamps = (record: { createdAt: Date; updatedAt: Date }) => ({
  created: record.createdAt.toISOString(),
  modified: record.updatedAt.toISOString(),
});

export function oparlSystem(urls: OparlUrls, profile: MunicipalityProfile) {
  return {
    id: `${urls.api}/system`,
    type: `${SCHEMA}/System`,
    oparlVersion: `${SCHEMA}/`,
    body: `${urls.api}/body`,
    name: `Mötesplats – ${profile.name}`,
    ...contact(profile),
    website: urls.web,
    product: 'https://github.com/motesplats/motesplats',
    web: urls.web,
  };
}

export function oparlBody(urls: OparlUrls, modified: Date, profile: MunicipalityProfile) {
  const api = urls.api;
  return {
    id: `${api}/body/${MUNICIPALITY_ID}`,
    type: `${SCHEMA}/Body`,
    system: `${api}/system`,
    name: profile.name,
    ...contact(profile),
    website: urls.web,
    organization: `${api}/organization`,
    person: `${api}/person`,
    meeting: `${api}/meeting`,
    paper: `${api}/paper`,
    agendaItem: `${api}/agendaItem`,
    file: `${api}/file`,
    legislativeTerm: [],
    classification: 'Kommun',
    web: urls.web,
    modified: modified.toISOString(),
  };
}

export function oparlOrganization(urls: OparlUrls, body: BodyRow) {
  const id = String(body._id);
  return {
    id: `${urls.api}/organization/${id}`,
    type: `${SCHEMA}/Organization`,
    body: `${urls.api}/body/${MUNICIPALITY_ID}`,
    name: body.name,
    ...(body.shortName ? { shortName: body.shortName } : {}),
    organizationType: 'Gremium',
    classification: body.kind,
    web: `${urls.web}/moten?bodyId=${id}`,
    ...stamps(body),
  };
}

export interface OparlMember {
  userId: string;
  displayName: string;
  memberships: Array<{ body: BodyRow; party?: string; position?: string }>;
}

export function oparlPerson(urls: OparlUrls, person: OparlMember, modified: Date) {
  return {
    id: `${urls.api}/person/${person.userId}`,
    type: `${SCHEMA}/Person`,
    body: `${urls.api}/body/${MUNICIPALITY_ID}`,
    name: person.displayName,
    membership: person.memberships.map((m) => ({
      id: `${urls.api}/person/${person.userId}#membership-${String(m.body._id)}`,
      type: `${SCHEMA}/Membership`,
      person: `${urls.api}/person/${person.userId}`,
      organization: `${urls.api}/organization/${String(m.body._id)}`,
      ...(m.position ? { role: m.position } : {}),
      votingRight: m.position ? !/ersättare/i.test(m.position) : true,
      // We keep the party as text; OParl's onBehalfOf wants a party Organization, which we lack.
      ...(m.party ? { keyword: [m.party] } : {}),
    })),
    modified: modified.toISOString(),
  };
}

export function oparlFile(urls: OparlUrls, document: DocumentRow) {
  const id = String(document._id);
  const file = document.file!;
  return {
    id: `${urls.api}/file/${id}`,
    type: `${SCHEMA}/File`,
    name: document.title,
    fileName: file.name,
    mimeType: file.mimeType,
    date: document.date,
    size: file.size,
    accessUrl: `${urls.web}/api/v1/documents/${id}/file`,
    downloadUrl: `${urls.web}/api/v1/documents/${id}/file?download=1`,
    paper: [`${urls.api}/paper/${id}`],
    web: `${urls.web}/handlingar/${id}`,
    ...stamps(document),
  };
}

/** Whether the document's file may be published (public and present). */
export const hasPublicFile = (document: DocumentRow) =>
  document.secrecy === 'public' && Boolean(document.file);

export function oparlPaper(urls: OparlUrls, document: DocumentRow) {
  const id = String(document._id);
  return {
    id: `${urls.api}/paper/${id}`,
    type: `${SCHEMA}/Paper`,
    body: `${urls.api}/body/${MUNICIPALITY_ID}`,
    name: document.title,
    ...(document.caseNumber ? { reference: document.caseNumber } : {}),
    date: document.date,
    paperType: document.kind,
    ...(hasPublicFile(document) ? { mainFile: oparlFile(urls, document) } : {}),
    originatorOrganization: [`${urls.api}/organization/${document.bodyId}`],
    ...(document.secrecy === 'confidential' ? { keyword: ['sekretess'] } : {}),
    web: `${urls.web}/handlingar/${id}`,
    ...stamps(document),
  };
}

export function oparlAgendaItem(
  urls: OparlUrls,
  item: AgendaItemRow,
  number: number,
  files: Map<string, DocumentRow>,
  votes: ItemVote[] = [],
) {
  const id = String(item._id);
  const auxiliary = item.documentIds.flatMap((docId) => {
    const document = files.get(docId);
    return document && hasPublicFile(document) ? [oparlFile(urls, document)] : [];
  });
  return {
    id: `${urls.api}/agendaItem/${id}`,
    type: `${SCHEMA}/AgendaItem`,
    meeting: `${urls.api}/meeting/${item.meetingId}`,
    number: String(number),
    order: number,
    name: item.title,
    public: true,
    ...(item.decision ? { result: 'beslutat', resolutionText: item.decision.text } : {}),
    ...(auxiliary.length > 0 ? { auxiliaryFile: auxiliary } : {}),
    ...(votes.length > 0 ? { [VOTES_EXTENSION]: votes } : {}),
    web: `${urls.web}/moten/${item.meetingId}#punkt-${id}`,
    ...stamps(item),
  };
}

export function oparlMeeting(
  urls: OparlUrls,
  meeting: MeetingRow,
  items: Array<AgendaItemRow>,
  files: Map<string, DocumentRow>,
  votes: Map<string, ItemVote[]> = new Map(),
) {
  const id = String(meeting._id);
  const minutes = meeting.minutes ? files.get(meeting.minutes.documentId) : undefined;
  const held = meeting.startsAt.getTime() < Date.now();
  return {
    id: `${urls.api}/meeting/${id}`,
    type: `${SCHEMA}/Meeting`,
    name: meeting.title,
    meetingState: held ? 'held' : 'scheduled',
    cancelled: false,
    start: meeting.startsAt.toISOString(),
    ...(meeting.endsAt ? { end: meeting.endsAt.toISOString() } : {}),
    ...(meeting.location
      ? {
          location: {
            id: `${urls.api}/meeting/${id}#location`,
            type: `${SCHEMA}/Location`,
            description: meeting.location,
          },
        }
      : {}),
    organization: [`${urls.api}/organization/${meeting.bodyId}`],
    ...(minutes && hasPublicFile(minutes) ? { resultsProtocol: oparlFile(urls, minutes) } : {}),
    agendaItem: items.map((item, index) =>
      oparlAgendaItem(urls, item, index + 1, files, votes.get(String(item._id))),
    ),
    web: `${urls.web}/moten/${id}`,
    ...stamps(meeting),
  };
}
