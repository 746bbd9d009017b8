// The agenda of the sitting: the current item marked, any other taken up with one button.
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { MeetingStateView } from '@shared/schemas/council';
import { ErrorText } from '../../../errors/ErrorText';
import { put } from './api';

export function CurrentItem({ meetingId, state }: { meetingId: string; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const take = useMutation({
    mutationFn: (itemId: string) => put(`/meetings/${meetingId}/current-item`, { itemId }),
  });
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">{t('items')}</h2>
      <ol className="sitting-items">
        {state.items.map((item) => {
          const current = item.itemId === state.currentItemId;
          return (
            <li
              key={item.itemId}
              className={current ? 'current' : undefined}
              aria-current={current ? 'step' : undefined}
            >
              <div className="row-actions">
                <span>
                  § {item.number} {item.title}
                  {current ? ` – ${t('currentItem')}` : ''}
                </span>
                {!current && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('console.takeUpItem', { number: item.number })}
                    onClick={() => take.mutate(item.itemId)}
                  >
                    {t('console.takeUp')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <ErrorText error={take.error} />
    </section>
  );
}
