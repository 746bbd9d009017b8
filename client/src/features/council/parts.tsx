// Pieces the sitting's pages share: a person's name with party, a vote's result (and for open
// votes who voted how), an item's motions, and the announcements of what changed (aria-live).
// The sitting's state names voters only on the current item; a past vote's names are read when
// the reader opens them (a closed vote never changes, so once read they are kept).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { MeetingStateView, PersonView, VoteView } from '@shared/schemas/council';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { queryKeys } from '../../query/keys';
import { currentItemOf } from './useSitting';

export const nameOf = (p: Pick<PersonView, 'displayName' | 'party'>) =>
  p.party ? `${p.displayName} (${p.party})` : p.displayName;

function BallotList({ ballots }: { ballots: NonNullable<VoteView['ballots']> }) {
  const { t } = useTranslation('council');
  return (
    <ul>
      {ballots.map((b) => (
        <li key={b.userId}>
          {nameOf(b)}: {t(`choice.${b.choice}`)}
          {b.recordedBySecretary ? ` (${t('vote.recordedBySecretary')})` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A past vote's names, read from the server the first time the reader opens them. */
function NamesOnDemand({ voteId }: { voteId: string }) {
  const { t } = useTranslation('council');
  const [open, setOpen] = useState(false);
  const vote = useQuery({
    queryKey: queryKeys.votes.detail(voteId),
    queryFn: ({ signal }) => apiData<VoteView>(`/votes/${voteId}`, { signal }),
    enabled: open,
    staleTime: Infinity,
  });
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('vote.showNames')}</summary>
      {vote.data?.ballots ? (
        <BallotList ballots={vote.data.ballots} />
      ) : vote.error ? (
        <ErrorText error={vote.error} />
      ) : (
        open && <p role="status">{t('common:loading')}</p>
      )}
    </details>
  );
}

export function VoteResult({ vote }: { vote: VoteView }) {
  const { t } = useTranslation('council');
  return (
    <div className="vote-result">
      <p>
        <strong>{vote.question}</strong>{' '}
        <span>({vote.kind === 'open' ? t('vote.open') : t('vote.secret')})</span>
      </p>
      {vote.result ? (
        <p>
          {t('vote.totals', {
            ja: vote.result.ja,
            nej: vote.result.nej,
            avstar: vote.result.avstar,
            absent: vote.result.absent,
          })}
        </p>
      ) : (
        <p>{t('vote.running', { voted: vote.voted, eligible: vote.eligible })}</p>
      )}
      {vote.ballots && vote.ballots.length > 0 ? (
        <details>
          <summary>{t('vote.names')}</summary>
          <BallotList ballots={vote.ballots} />
        </details>
      ) : (
        vote.named && <NamesOnDemand voteId={vote.id} />
      )}
    </div>
  );
}

/** Says what changed: an item taken up, who has the floor, a vote opened or its result. */
export function Announcements({ state }: { state: MeetingStateView | null }) {
  const { t } = useTranslation('council');
  const [message, setMessage] = useState('');
  const previous = useRef<MeetingStateView | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (!state || !before) return;
    const item = currentItemOf(state);
    if (state.status !== before.status) setMessage(t(`status.${state.status}`));
    else if (state.currentItemId !== before.currentItemId && item) {
      setMessage(t('announce.item', { number: item.number, title: item.title }));
    } else if (state.vote && state.vote.id !== before.vote?.id) {
      setMessage(t('announce.voteOpen', { question: state.vote.question }));
    } else if (!state.vote && before.vote) {
      const closed = state.items.flatMap((i) => i.votes).find((v) => v.id === before.vote?.id);
      if (closed?.result) {
        setMessage(
          t('announce.voteResult', {
            question: closed.question,
            ja: closed.result.ja,
            nej: closed.result.nej,
            avstar: closed.result.avstar,
          }),
        );
      }
    } else if (state.speaking && state.speaking.id !== before.speaking?.id) {
      setMessage(t('announce.speaking', { name: nameOf(state.speaking) }));
    }
  }, [state, t]);
  return (
    <p className="visually-hidden" aria-live="polite" role="status">
      {message}
    </p>
  );
}
