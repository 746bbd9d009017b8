// Reservations and recusals (jäv) on the current item, and a new one entered by the secretary for
// a member who has no device or says it aloud in the chamber. A recusal takes the member out of
// the item and any vote under way on it, and cannot be taken back, so it is confirmed first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { ItemStateView, MeetingStateView, PersonView } from '@shared/schemas/council';
import { ErrorText } from '../../../errors/ErrorText';
import { nameOf } from '../parts';
import { post } from './api';
import { MemberPicker } from './MemberPicker';

export function ReservationsAndRecusals({
  item,
  state,
}: {
  item: ItemStateView;
  state: MeetingStateView;
}) {
  const { t } = useTranslation('council');
  // The last entry confirmed, read out by the live region below.
  const [done, setDone] = useState('');
  // A recused member took no part in the decision: nothing to reserve against, nothing to repeat.
  const recused = item.recusals.map((r) => r.userId);
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('entries.heading')}</h2>
      <h3>{t('reservations')}</h3>
      {item.reservations.length > 0 ? (
        <ul>
          {item.reservations.map((r, index) => (
            <li key={`${r.userId}-${index}`}>
              {nameOf(r)}
              {r.text ? `: ${r.text}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('entries.noReservations')}</p>
      )}
      <h3>{t('recusals')}</h3>
      {item.recusals.length > 0 ? (
        <ul>
          {item.recusals.map((r) => (
            <li key={r.userId}>{nameOf(r)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('entries.noRecusals')}</p>
      )}
      <ReservationForm
        item={item}
        state={state}
        omit={recused}
        onDone={(p) => setDone(t('entries.reserved', { name: nameOf(p) }))}
      />
      <RecusalForm
        item={item}
        state={state}
        omit={recused}
        onDone={(p) => setDone(t('entries.recused', { name: nameOf(p) }))}
      />
      <p role="status">{done}</p>
    </section>
  );
}

interface FormProps {
  item: ItemStateView;
  state: MeetingStateView;
  omit: string[];
  onDone: (person: PersonView) => void;
}

function ReservationForm({ item, state, omit, onDone }: FormProps) {
  const { t } = useTranslation('council');
  const [who, setWho] = useState('');
  const [text, setText] = useState('');
  const reserve = useMutation({
    mutationFn: () =>
      post<PersonView>(`/agenda-items/${item.itemId}/reservations`, {
        userId: who,
        ...(text.trim() ? { text: text.trim() } : {}),
      }),
    onSuccess: (person) => {
      setWho('');
      setText('');
      onDone(person);
    },
  });
  return (
    <div>
      <MemberPicker
        id="reservation-by"
        label={t('entries.reservationBy')}
        state={state}
        value={who}
        onChange={setWho}
        omit={omit}
      />
      <label htmlFor="reservation-note">{t('entries.reservationText')}</label>
      <textarea
        id="reservation-note"
        rows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={!who || reserve.isPending}
          onClick={() => reserve.mutate()}
        >
          {t('entries.reserve')}
        </button>
      </p>
      <ErrorText error={reserve.error} />
    </div>
  );
}

function RecusalForm({ item, state, omit, onDone }: FormProps) {
  const { t } = useTranslation('council');
  const [who, setWho] = useState('');
  const [confirming, setConfirming] = useState(false);
  const recuse = useMutation({
    mutationFn: () => post<PersonView>(`/agenda-items/${item.itemId}/recusals`, { userId: who }),
    onSuccess: (person) => {
      setWho('');
      setConfirming(false);
      onDone(person);
    },
  });
  const chosen = state.attendance.members.find((m) => m.userId === who);
  return (
    <div>
      <MemberPicker
        id="recusal-by"
        label={t('entries.recusalBy')}
        state={state}
        value={who}
        onChange={(value) => {
          setWho(value);
          setConfirming(false);
        }}
        omit={omit}
      />
      {confirming && chosen ? (
        <div className="row-actions">
          <p>{t('entries.recusalConfirm', { name: nameOf(chosen) })}</p>
          <button
            type="button"
            className="button button--danger"
            disabled={recuse.isPending}
            onClick={() => recuse.mutate()}
          >
            {t('entries.recusalYes')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {t('cancel')}
          </button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={!who}
            onClick={() => setConfirming(true)}
          >
            {t('entries.recuse')}
          </button>
        </p>
      )}
      <ErrorText error={recuse.error} />
    </div>
  );
}
