// A ballot cast on a member's own device: one big button per choice (ja / nej / avstår, the one
// already cast pressed), then the choice named and confirmed before it is sent, or cancelled.
// The page keeps which choice waits for confirmation, so it can clear it once the ballot is in.
import { useTranslation } from 'react-i18next';
import { CHOICES, type Choice } from '@shared/schemas/council';

export function BallotButtons({
  current,
  chosen,
  busy,
  onChoose,
  onConfirm,
}: {
  /** The ballot already cast, if any. */
  current: Choice | undefined;
  /** The choice waiting for confirmation, or null while choosing. */
  chosen: Choice | null;
  busy: boolean;
  onChoose: (choice: Choice | null) => void;
  onConfirm: (choice: Choice) => void;
}) {
  const { t } = useTranslation('council');
  if (chosen) {
    return (
      <div className="row-actions">
        <p>{t('member.confirmChoice', { choice: t(`choice.${chosen}`) })}</p>
        <button type="button" className="button" disabled={busy} onClick={() => onConfirm(chosen)}>
          {t('member.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onChoose(null)}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="vote-buttons" role="group" aria-label={t('member.choose')}>
      {CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          className="button"
          aria-pressed={current === choice}
          onClick={() => onChoose(choice)}
        >
          {t(`choice.${choice}`)}
        </button>
      ))}
    </div>
  );
}
