// An inline confirmation before an action that cannot be taken back (deleting, publishing,
// posting on the notice board): the question gets focus when it appears, so a screen reader
// reads it; "yes" acts, "cancel" goes back.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../layout/useFocusOnMount';

export function Confirm({
  question,
  yes,
  onYes,
  onCancel,
  busy = false,
  danger = false,
  children,
}: {
  question: string;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('work');
  const id = useId();
  const focus = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="console-confirm" role="group" aria-labelledby={id}>
      <p id={id} ref={focus} tabIndex={-1}>
        <strong>{question}</strong>
      </p>
      {children}
      <div className="records-actions">
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button'}
          disabled={busy}
          onClick={onYes}
        >
          {yes}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </div>
  );
}
