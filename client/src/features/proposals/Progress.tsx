// Signatures towards the threshold: a progress bar with its number in words.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function Progress({ count, threshold }: { count: number; threshold: number }) {
  const { t } = useTranslation('proposals');
  const id = useId();
  return (
    <div className="proposal-progress">
      <progress
        max={threshold}
        value={Math.min(count, threshold)}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-value`}
      />
      <span id={`${id}-label`} className="visually-hidden">
        {t('progress.label')}
      </span>
      <span id={`${id}-value`} className="proposal-progress__value" data-testid="signature-count">
        {t('progress.value', { count, threshold })}
      </span>
    </div>
  );
}
