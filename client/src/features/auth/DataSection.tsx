// My page: download everything stored about me; delete my account (identity erased, what I wrote
// stays under a pseudonym).
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { FreshLoginNotice, isFreshLoginError } from './FreshLoginNotice';

export function DataSection({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation('auth');
  const [confirmed, setConfirmed] = useState(false);
  const erase = useMutation({
    mutationFn: () => api('/me', { method: 'DELETE' }),
    onSuccess: onDeleted,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirmed) erase.mutate();
  }

  return (
    <>
      <section className="auth-section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('myPages.dataTitle')}</h2>
        <p>{t('myPages.exportText')}</p>
        <p>
          <a className="button button--secondary" href="/api/v1/me/export" download>
            {t('myPages.export')}
          </a>
        </p>
      </section>
      <section className="auth-section auth-danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('myPages.deleteTitle')}</h2>
        <p id="delete-text">{t('myPages.deleteText')}</p>
        <form onSubmit={submit} aria-describedby="delete-text">
          <label className="auth-radio">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            {t('myPages.deleteConfirm')}
          </label>
          <button
            type="submit"
            className="button button--danger"
            disabled={!confirmed || erase.isPending}
          >
            {t('myPages.delete')}
          </button>
          {isFreshLoginError(erase.error) ? null : <ErrorText error={erase.error} />}
        </form>
        {isFreshLoginError(erase.error) ? <FreshLoginNotice /> : null}
      </section>
    </>
  );
}
