// Pieces the sitting's pages share: a person's name with party, a vote's result (and for open
// votes who voted how), an item's motions, and the announcements of what changed (aria-live).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingStateView, PersonView, VoteView } from '@shared/schemas/council';
import { currentItemOf } from './useSitting';

export const nameOf = (p: Pick<PersonView, 'displayName' | 'party'>) =>
  p.party ? `${p.displayName} (${p.party})` : p.displayName;

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
      {vote.ballots && vote.ballots.length > 0 && (
        <details>
          <summary>{t('vote.names')}</summary>
          <ul>
            {vote.ballots.map((b) => (
              <li key={b.userId}>
                {nameOf(b)}: {t(`choice.${b.choice}`)}
                {b.recordedBySecretary ? ` (${t('vote.recordedBySecretary')})` : ''}
              </li>
            ))}
          </ul>
        </details>
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
