// Votes (voteringar) on the current item: a new one started (its question, open or secret), the
// one under way, and the results of those closed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { VOTE_KINDS, type ItemStateView, type MeetingStateView } from '@shared/schemas/council';
import { ErrorText } from '../../../errors/ErrorText';
import { VoteResult } from '../parts';
import { post } from './api';
import { OpenVote } from './OpenVote';

export function Votes({ item, state }: { item: ItemStateView; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<'open' | 'secret'>('open');
  const open = useMutation({
    mutationFn: () => post(`/agenda-items/${item.itemId}/votes`, { question, kind }),
    onSuccess: () => setQuestion(''),
  });
  return (
    <section aria-labelledby="votes-heading">
      <h2 id="votes-heading">{t('vote.heading')}</h2>
      {state.vote ? (
        <OpenVote vote={state.vote} />
      ) : (
        <>
          <label htmlFor="vote-question">{t('vote.question')}</label>
          <input
            id="vote-question"
            type="text"
            value={question}
            onChange={(e) => setQuestion(e.currentTarget.value)}
          />
          <fieldset>
            <legend>{t('vote.kind')}</legend>
            {VOTE_KINDS.map((k) => (
              <label key={k}>
                <input
                  type="radio"
                  name="vote-kind"
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />{' '}
                {t(`vote.${k}`)}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button"
            disabled={!question.trim()}
            onClick={() => open.mutate()}
          >
            {t('vote.openButton')}
          </button>
          <ErrorText error={open.error} />
        </>
      )}
      {item.votes
        .filter((v) => v.status === 'closed')
        .map((v) => (
          <VoteResult key={v.id} vote={v} />
        ))}
    </section>
  );
}
