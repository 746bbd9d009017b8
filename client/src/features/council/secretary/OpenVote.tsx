// The vote under way, as its secretary sees it: the count, who has not voted yet, a ballot
// recorded for a member who calls it out (one without a device), and closing the vote.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { CHOICES, type Choice, type VoteView } from '@shared/schemas/council';
import { apiData } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { nameOf, VoteResult } from '../parts';
import { post } from './api';

export function OpenVote({ vote }: { vote: VoteView }) {
  const { t } = useTranslation('council');
  // Refetched whenever the count changes: who has not voted yet (the secretary's view).
  const detail = useQuery({
    queryKey: ['council', 'vote', vote.id, 'secretary', vote.voted, vote.eligible],
    queryFn: ({ signal }) => apiData<VoteView>(`/votes/${vote.id}`, { signal }),
  });
  const [who, setWho] = useState('');
  const [choice, setChoice] = useState<Choice>('ja');
  const record = useMutation({
    mutationFn: () => post(`/votes/${vote.id}/ballots`, { userId: who, choice }),
    onSuccess: () => setWho(''),
  });
  const close = useMutation({ mutationFn: () => post(`/votes/${vote.id}/close`) });
  const notVoted = detail.data?.notVoted ?? [];
  return (
    <div>
      <VoteResult vote={vote} />
      <h3>{t('vote.notVoted', { count: notVoted.length })}</h3>
      <ul>
        {notVoted.map((p) => (
          <li key={p.userId}>{nameOf(p)}</li>
        ))}
      </ul>
      <div className="row-actions">
        <label htmlFor="record-who">{t('vote.recordFor')}</label>
        <select id="record-who" value={who} onChange={(e) => setWho(e.currentTarget.value)}>
          <option value="">{t('console.choose')}</option>
          {notVoted.map((p) => (
            <option key={p.userId} value={p.userId}>
              {nameOf(p)}
            </option>
          ))}
        </select>
        <label htmlFor="record-choice">{t('vote.choice')}</label>
        <select
          id="record-choice"
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value as Choice)}
        >
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`choice.${c}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={!who}
          onClick={() => record.mutate()}
        >
          {t('vote.record')}
        </button>
      </div>
      <p>
        <button type="button" className="button button--danger" onClick={() => close.mutate()}>
          {t('vote.close')}
        </button>
      </p>
      <ErrorText error={record.error ?? close.error} />
    </div>
  );
}
