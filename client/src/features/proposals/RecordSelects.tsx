// What a proposal's answer or decision points to in the records, chosen from lists (staff never
// type an id): an agenda item of the body's meetings, coming ones first and then the latest held,
// grouped by meeting; or a document of the body, newest first. The body is the one the proposal
// was referred to, else the one it concerns, else every body. The chosen id is registered with the
// form like any other field.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '@shared/schemas/documents';
import type { MeetingView } from '@shared/schemas/meetings';
import type { Proposal } from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { formatDate } from '../../dates';
import { queryKeys } from '../../query/keys';

/** The body whose records an answer or decision is chosen from (undefined: every body). */
export const recordsBodyOf = (proposal: Proposal): string | undefined =>
  proposal.referral?.body.id ?? proposal.concerns?.id;

const ofBody = (bodyId: string | undefined) => (bodyId ? `bodyId=${bodyId}&` : '');

function useMeetings(query: string) {
  return useQuery({
    queryKey: queryKeys.meetings.list(query),
    queryFn: ({ signal }) => apiData<MeetingView[]>(`/meetings?${query}`, { signal }),
  });
}

interface SelectProps {
  id: string;
  label: string;
  bodyId: string | undefined;
  register: object;
}

export function AgendaItemSelect({ id, label, bodyId, register }: SelectProps) {
  const { t, i18n } = useTranslation('proposals');
  const coming = useMeetings(`${ofBody(bodyId)}when=upcoming&pageSize=20`);
  const held = useMeetings(`${ofBody(bodyId)}when=past&pageSize=30`);
  const meetings = [...(coming.data ?? []), ...(held.data ?? [])].filter((m) => m.items.length);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...register}>
        <option value="">{t('records.none')}</option>
        {meetings.map((meeting) => (
          <optgroup
            key={meeting.id}
            label={`${meeting.bodyName} ${formatDate(meeting.startsAt, i18n.language)}`}
          >
            {meeting.items.map((item) => (
              <option key={item.id} value={item.id}>
                {`${item.number}. ${item.title}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function DocumentSelect({ id, label, bodyId, register }: SelectProps) {
  const { t, i18n } = useTranslation('proposals');
  const query = `${ofBody(bodyId)}pageSize=50`;
  const documents = useQuery({
    queryKey: queryKeys.documents.list(query),
    queryFn: ({ signal }) => apiData<DocumentView[]>(`/documents?${query}`, { signal }),
  });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...register}>
        <option value="">{t('records.none')}</option>
        {(documents.data ?? []).map((document) => (
          <option key={document.id} value={document.id}>
            {`${document.title} · ${formatDate(document.date, i18n.language)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
