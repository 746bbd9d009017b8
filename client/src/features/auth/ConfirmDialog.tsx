// A modal confirmation (the native <dialog>: focus is kept inside, Escape cancels, focus returns
// to the button that opened it). Used before a role is granted or removed.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmDialog({
  open,
  question,
  danger,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  question: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-question`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('person.confirmTitle')}</h2>
      <p id={`${id}-question`}>{question}</p>
      <div className="button-row">
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button'}
          disabled={busy}
          onClick={onConfirm}
        >
          {t('person.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          {t('person.cancel')}
        </button>
      </div>
    </dialog>
  );
}
