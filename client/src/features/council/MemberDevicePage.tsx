// A member's device during the sitting (/moten/:id/ledamot), made for a phone: the current item
// and its documents, asking for the floor or withdrawing, voting when a vote is open (big buttons,
// the choice confirmed before it is sent, a new choice replaces it while the vote is open), a
// reservation, and a declaration of conflict of interest (jäv).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Choice, VoteView } from '@shared/schemas/council';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { DocumentLinks } from '../records/DocumentLinks';
import { useMeeting } from '../records/queries';
import { BallotButtons } from './BallotButtons';
import { nameOf } from './parts';
import { currentItemOf, useSitting } from './useSitting';
import './council.css';

export function MemberDevicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const { me, loading } = useSession();
  const meeting = useMeeting(id).data;
  const state = useSitting(id);
  usePageTitle(t('member.title'));
  const item = currentItemOf(state);
  const itemView = meeting?.items.find((i) => i.id === state?.currentItemId);
  const myId = me?.id ?? '';
  const present = state?.attendance.members.find((m) => m.userId === myId)?.present ?? false;
  const listed = state?.speakers.some((s) => s.userId === myId) ?? false;
  const recused = item?.recusals.some((r) => r.userId === myId) ?? false;

  const floor = useMutation({
    mutationFn: (withdraw: boolean) =>
      apiData(`/agenda-items/${item?.itemId}/speakers${withdraw ? '/withdraw' : ''}`, {
        method: 'POST',
        json: {},
      }),
  });
  const [reservation, setReservation] = useState('');
  const reserve = useMutation({
    mutationFn: () =>
      apiData(`/agenda-items/${item?.itemId}/reservations`, {
        method: 'POST',
        json: reservation.trim() ? { text: reservation.trim() } : {},
      }),
    onSuccess: () => setReservation(''),
  });
  const [confirmRecusal, setConfirmRecusal] = useState(false);
  const recuse = useMutation({
    mutationFn: () =>
      apiData(`/agenda-items/${item?.itemId}/recusals`, { method: 'POST', json: {} }),
    onSuccess: () => setConfirmRecusal(false),
  });

  if (loading) return <p className="page">{t('common:loading')}</p>;
  if (!me) {
    return (
      <div className="page council">
        <h1>{t('member.title')}</h1>
        <p>
          <Link to={`/logga-in?returnTo=/moten/${id}/ledamot`}>{t('member.login')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page council">
      <p className="meta">
        <Link to={`/moten/${id}`}>{meeting?.title ?? t('back')}</Link>
      </p>
      <h1>{t('member.title')}</h1>
      {!state ? (
        <p>{t('common:loading')}</p>
      ) : (
        <>
          <p className="badge">
            {state.adjourned ? t('status.adjourned') : t(`status.${state.status}`)}
          </p>
          <p>{present ? t('member.present') : t('member.notPresent')}</p>
          <section aria-labelledby="item-heading" className="current">
            <h2 id="item-heading">
              {item ? `§ ${item.number} ${item.title}` : t('member.noItem')}
            </h2>
            {itemView?.description && <p>{itemView.description}</p>}
            {itemView && itemView.documents.length > 0 && (
              <DocumentLinks documents={itemView.documents} />
            )}
            <p>
              {state.speaking
                ? t('speakers.now', { name: nameOf(state.speaking) })
                : t('speakers.nobody')}
            </p>
          </section>
          {state.vote && present && <VotePanel vote={state.vote} myId={myId} recused={recused} />}
          {item && present && state.status === 'in_session' && (
            <>
              <section aria-labelledby="floor-heading">
                <h2 id="floor-heading">{t('speakers.heading')}</h2>
                <p>{listed ? t('member.listed') : t('member.notListed')}</p>
                <button
                  type="button"
                  className={listed ? 'button button--secondary' : 'button'}
                  disabled={floor.isPending}
                  onClick={() => floor.mutate(listed)}
                >
                  {listed ? t('member.withdraw') : t('member.ask')}
                </button>
                <ErrorText error={floor.error} />
              </section>
              <section aria-labelledby="reservation-heading">
                <h2 id="reservation-heading">{t('member.reservation')}</h2>
                <label htmlFor="reservation-text">{t('member.reservationText')}</label>
                <textarea
                  id="reservation-text"
                  rows={3}
                  value={reservation}
                  onChange={(e) => setReservation(e.currentTarget.value)}
                />
                <p>
                  <button
                    type="button"
                    className="button"
                    disabled={reserve.isPending}
                    onClick={() => reserve.mutate()}
                  >
                    {t('member.reserve')}
                  </button>
                </p>
                {reserve.isSuccess && <p role="status">{t('member.reserved')}</p>}
                <ErrorText error={reserve.error} />
              </section>
              <section aria-labelledby="recusal-heading">
                <h2 id="recusal-heading">{t('member.recusal')}</h2>
                {recused ? (
                  <p>{t('member.recused')}</p>
                ) : confirmRecusal ? (
                  <div className="row-actions">
                    <p>{t('member.recusalConfirm')}</p>
                    <button
                      type="button"
                      className="button button--danger"
                      onClick={() => recuse.mutate()}
                    >
                      {t('member.recusalYes')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setConfirmRecusal(false)}
                    >
                      {t('cancel')}
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setConfirmRecusal(true)}
                  >
                    {t('member.declare')}
                  </button>
                )}
                <ErrorText error={recuse.error} />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}

function VotePanel({ vote, myId, recused }: { vote: VoteView; myId: string; recused: boolean }) {
  const { t } = useTranslation('council');
  const client = useQueryClient();
  const key = ['council', 'vote', vote.id, myId];
  const mine = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiData<VoteView>(`/votes/${vote.id}`, { signal }),
  });
  const [chosen, setChosen] = useState<Choice | null>(null);
  const cast = useMutation({
    mutationFn: (choice: Choice) =>
      apiData(`/votes/${vote.id}/ballots`, { method: 'POST', json: { choice } }),
    onSuccess: () => {
      setChosen(null);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const current = mine.data?.mine;
  return (
    <section aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('vote.openNow')}</h2>
      <p>
        <strong>{vote.question}</strong> ({vote.kind === 'open' ? t('vote.open') : t('vote.secret')}
        )
      </p>
      {recused ? (
        <p>{t('member.recusedVote')}</p>
      ) : (
        <>
          <p role="status">
            {current
              ? t('member.yourVote', { choice: t(`choice.${current}`) })
              : t('member.notVoted')}
          </p>
          <BallotButtons
            current={current}
            chosen={chosen}
            busy={cast.isPending}
            onChoose={setChosen}
            onConfirm={(choice) => cast.mutate(choice)}
          />
          <ErrorText error={cast.error} />
        </>
      )}
    </section>
  );
}
