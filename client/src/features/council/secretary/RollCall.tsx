// The roll call: each member of the body present or not, a substitute (ersättare) picked for an
// absent seat, saved together; the quorum as the server counts it, live.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { AttendeeView, MeetingStateView } from '@shared/schemas/council';
import { ErrorText } from '../../../errors/ErrorText';
import { nameOf } from '../parts';
import { put } from './api';

interface Mark {
  present: boolean;
  substituteFor?: string;
}

export function RollCall({ meetingId, state }: { meetingId: string; state: MeetingStateView }) {
  // The form starts again from the stored roll call whenever that changes.
  const signature = JSON.stringify(
    state.attendance.members.map((a) => [a.userId, a.present, a.substituteFor?.userId]),
  );
  return <RollCallForm key={signature} meetingId={meetingId} state={state} />;
}

function RollCallForm({ meetingId, state }: { meetingId: string; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const members = state.attendance.members;
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(
      members.map((a) => [
        a.userId,
        { present: a.present, substituteFor: a.substituteFor?.userId },
      ]),
    ),
  );
  const save = useMutation({
    mutationFn: () =>
      put(`/meetings/${meetingId}/attendance`, {
        entries: Object.entries(marks).map(([userId, mark]) => ({
          userId,
          present: mark.present,
          ...(mark.present && mark.substituteFor ? { substituteFor: mark.substituteFor } : {}),
        })),
      }),
  });
  const absentSeats = members.filter((a) => a.seat && !marks[a.userId]?.present);
  const setMark = (userId: string, mark: Mark) => setMarks((all) => ({ ...all, [userId]: mark }));
  const q = state.attendance;
  return (
    <section aria-labelledby="rollcall-heading">
      <h2 id="rollcall-heading">{t('console.rollCall')}</h2>
      <p role="status">
        {t('quorum.line', { present: q.present, seats: q.seats, required: q.required })}{' '}
        <strong>{q.quorum ? t('quorum.yes') : t('quorum.no')}</strong>
      </p>
      <div className="roll-call">
        <table>
          <caption className="visually-hidden">{t('console.rollCall')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.member')}</th>
              <th scope="col">{t('console.present')}</th>
              <th scope="col">{t('console.substituteFor')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((a) => (
              <RollCallRow
                key={a.userId}
                attendee={a}
                mark={marks[a.userId] ?? { present: false }}
                members={members}
                absentSeats={absentSeats}
                onChange={(mark) => setMark(a.userId, mark)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button" onClick={() => save.mutate()}>
        {t('console.saveRollCall')}
      </button>
      {save.isSuccess && <p role="status">{t('console.saved')}</p>}
      <ErrorText error={save.error} />
    </section>
  );
}

/** One member's row: present, and for a substitute whose seat they take. */
function RollCallRow({
  attendee: a,
  mark,
  members,
  absentSeats,
  onChange,
}: {
  attendee: AttendeeView;
  mark: Mark;
  members: AttendeeView[];
  absentSeats: AttendeeView[];
  onChange: (mark: Mark) => void;
}) {
  const { t } = useTranslation('council');
  return (
    <tr>
      <th scope="row">
        {nameOf(a)}
        {a.position ? `, ${a.position}` : ''}
      </th>
      <td>
        <input
          type="checkbox"
          aria-label={t('console.presentFor', { name: a.displayName })}
          checked={mark.present}
          onChange={(e) => onChange({ ...mark, present: e.currentTarget.checked })}
        />
      </td>
      <td>
        {!a.seat && (
          <select
            aria-label={t('console.substituteForName', { name: a.displayName })}
            value={mark.substituteFor ?? ''}
            onChange={(e) => {
              const substituteFor = e.currentTarget.value || undefined;
              // Taking a seat means being present.
              onChange({ present: mark.present || Boolean(substituteFor), substituteFor });
            }}
          >
            <option value="">{t('console.noSubstitute')}</option>
            {absentSeats.map((s) => (
              <option key={s.userId} value={s.userId}>
                {nameOf(s)}
              </option>
            ))}
            {mark.substituteFor && !absentSeats.some((s) => s.userId === mark.substituteFor) && (
              <option value={mark.substituteFor}>
                {members.find((s) => s.userId === mark.substituteFor)?.displayName}
              </option>
            )}
          </select>
        )}
      </td>
    </tr>
  );
}
